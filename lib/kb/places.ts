/**
 * Hand-kept place names that are not countries or capitals in world-countries. Facts (names), written here by hand.
 * Reason: news copy names these as places; the tagger alone misses some of them or types them as organizations.
 */
export const REGIONS: string[] = [
  'Middle East', 'Near East', 'Far East', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
  'Central America', 'Antarctica', 'Arctic', 'Oceania', 'Australasia', 'Eurasia', 'Caribbean', 'Balkans', 'Baltics',
  'Scandinavia', 'Gulf', 'Persian Gulf', 'Sahel', 'Maghreb', 'Levant', 'Caucasus', 'Siberia', 'Central Asia',
  'Southeast Asia', 'South Asia', 'East Asia', 'West Africa', 'East Africa', 'North Africa', 'Sub-Saharan Africa',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Horn of Africa', 'Gaza', 'Gaza Strip', 'West Bank',
  'Golan Heights', 'Kurdistan', 'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau', 'Chechnya',
  'Darfur', 'Mediterranean', 'Atlantic', 'Pacific', 'Indian Ocean', 'Black Sea', 'Red Sea', 'South China Sea',
  'Baltic Sea', 'Strait of Hormuz', 'Suez Canal', 'Silicon Valley', 'Wall Street', 'Midwest', 'New England',
  'Scotland', 'Wales', 'England', 'Northern Ireland', 'Quebec', 'Ontario', 'British Columbia', 'Alberta', 'Bavaria',
  'Catalonia', 'Sicily', 'Sardinia', 'Corsica', 'Tasmania', 'Queensland', 'New South Wales', 'Victoria',
];
/** Former countries still named in news and history (reason: not in world-countries, which lists current ones). */
export const FORMER_COUNTRIES: string[] = [
  'Soviet Union', 'USSR', 'U.S.S.R.', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Ottoman Empire',
  'Austria-Hungary', 'Prussia', 'Rhodesia', 'Zaire', 'Persia', 'Siam', 'Ceylon', 'Byzantine Empire', 'Roman Empire',
];
export const US_STATES: string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico',
];
/** Large cities that are not national capitals (reason: frequent datelines and subjects in world news). */
export const CITIES: string[] = [
  'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix', 'San Francisco',
  'San Diego', 'Dallas', 'Seattle', 'Boston', 'Miami', 'Atlanta', 'Detroit', 'Denver', 'Las Vegas', 'New Orleans',
  'Baltimore', 'Pittsburgh', 'Cleveland', 'Minneapolis', 'St. Louis', 'Portland', 'Austin', 'Toronto', 'Montreal',
  'Vancouver', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Auckland', 'Shanghai', 'Hong Kong', 'Guangzhou', 'Shenzhen',
  'Wuhan', 'Chengdu', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Bangalore', 'Karachi', 'Lahore',
  'Istanbul', 'Dubai', 'Jeddah', 'Mecca', 'Medina', 'Basra', 'Mosul', 'Kirkuk', 'Erbil', 'Fallujah', 'Aleppo', 'Homs',
  'Idlib', 'Benghazi', 'Alexandria', 'Lagos', 'Johannesburg', 'Cape Town', 'Durban', 'Casablanca', 'Marrakesh',
  'Mombasa', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Buenos Aires', 'Medellin', 'Guadalajara', 'Monterrey',
  'Tijuana', 'Manchester', 'Liverpool', 'Birmingham', 'Glasgow', 'Edinburgh', 'Leeds', 'Bristol', 'Oxford', 'Cambridge',
  'Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Milan', 'Naples', 'Venice', 'Florence', 'Turin', 'Barcelona',
  'Valencia', 'Seville', 'Marseille', 'Lyon', 'Geneva', 'Zurich', 'St. Petersburg', 'Saint Petersburg', 'Kharkiv',
  'Odesa', 'Odessa', 'Lviv', 'Mariupol', 'Osaka', 'Kyoto', 'Yokohama', 'Busan', 'Ho Chi Minh City', 'Saigon',
  'Gaza City', 'Hebron', 'Bethlehem', 'Haifa', 'Tel Aviv', 'Davos', 'Brussels', 'Strasbourg', 'The Hague',
];
