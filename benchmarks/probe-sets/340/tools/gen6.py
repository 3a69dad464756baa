from lib import F, P, C, T, emit

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế

Lục Ngạn: Mùa "săn" mật ong vải

Vụ vải thiều năm 2024, huyện Lục Ngạn đón khoảng 1.800 hộ nuôi ong từ các tỉnh Hưng Yên, Thái Bình, Hải Dương về đặt khoảng 165.000 đàn ong. Theo Phòng Nông nghiệp và PTNT huyện, mỗi đàn ong cho từ 8 đến 10 kg mật trong vụ, năng suất cao hơn năm trước do thời tiết thuận lợi, ít mưa khi vải ra hoa.

Sản lượng mật ong vải toàn tỉnh năm nay ước đạt 1.950 tấn, tăng khoảng 150 tấn so với năm 2023; trong đó huyện Lục Ngạn ước chiếm gần 70%. Giá mật ong vải thu mua tại vườn ở Lục Ngạn từ 45.000 - 55.000 đồng/kg, thấp hơn năm 2023 khoảng 10%. Ba doanh nghiệp chế biến đã ký hợp đồng bao tiêu khoảng 1.200 tấn mật để xuất khẩu sang EU, Nhật Bản.

Anh Nguyễn Văn Tú, chủ một trại ong ở thôn Kép 2, xã Hồng Giang, cho biết gia đình đưa 600 đàn ong từ Hưng Yên lên, dự kiến thu khoảng 5,5 tấn mật. Các trại ong tập trung dọc quốc lộ 31 và tỉnh lộ 290, gần các đồi vải lớn.

Không chỉ mang lại nguồn thu cho người nuôi ong, ong thụ phấn còn giúp tăng tỷ lệ đậu quả của vải từ 15-20%. Năm 2024, diện tích vải thiều toàn tỉnh khoảng 30.000 ha, trong đó Lục Ngạn hơn 17.000 ha. Huyện đề nghị người nuôi ong không sử dụng thuốc kháng sinh, ghi chép nhật ký nuôi để phục vụ truy xuất nguồn gốc, nhất là các lô mật xuất khẩu.

Minh Thư
05/06/2024
"""

Y24 = P("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31")
Y24I = P("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31", inh=True)
NN = P("năm nay", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
BG = "Bắc Giang"

FIGS = [
    F("khoảng 1.800 hộ", "1.800", 1800, "count", "hộ", "hộ nuôi ong", approx="about", period=Y24),
    F("khoảng 165.000 đàn", "165.000", 165000, "count", "đàn", "đàn ong", approx="about", period=Y24),
    F("từ 8 đến 10 kg", "8", 8, "measure", "kg", "mật mỗi đàn ong cho trong vụ", value_max=10, period=Y24I),
    F("ước đạt 1.950 tấn", "1.950", 1950, "measure", "tấn", "sản lượng mật ong vải", status="estimate",
      change=C("increase", 150, "tấn", "năm 2023", approx="about"), period=NN, location=BG),
    F("ước chiếm gần 70%", "70", 70, "percent", "%", "tỷ trọng sản lượng mật ong vải", approx="nearly",
      status="estimate", period=NN),
    F("từ 45.000 - 55.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá mật ong vải thu mua tại vườn",
      value_max=55000, change=C("decrease", 10, "%", "năm 2023", approx="about")),
    F("Ba doanh nghiệp", "Ba", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến ký hợp đồng bao tiêu"),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", "mật bao tiêu để xuất khẩu", approx="about"),
    F("đưa 600 đàn ong", "600", 600, "count", "đàn ong", "đàn ong gia đình anh Nguyễn Văn Tú đưa lên"),
    F("khoảng 5,5 tấn", "5,5", 5.5, "measure", "tấn", "mật gia đình anh Nguyễn Văn Tú dự kiến thu", approx="about",
      status="forecast"),
    F("từ 15-20%", "15", 15, "percent", "%", "tăng tỷ lệ đậu quả của vải nhờ ong thụ phấn", value_max=20),
    F("khoảng 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích vải thiều", approx="about", period=Y24b,
      location=BG),
    F("hơn 17.000 ha", "17.000", 17000, "measure", "ha", "diện tích vải thiều", approx="over", total=30000,
      period=Y24b),
]

COMMENTS = [
    "Báo Bắc Giang điện tử (Party newspaper): lychee-honey season in Lục Ngạn; byline and a bare date '05/06/2024' at the end (the article's date).",
    "Default location Lục Ngạn (the district of the headline); 'toàn tỉnh' figures are Bắc Giang. Origin provinces of the beekeepers (Hưng Yên, Thái Bình, Hải Dương;",
    "'từ Hưng Yên lên') are not places of the figures. 'Vụ vải thiều năm 2024' and 'năm nay' = 2024.",
    "'tăng khoảng 150 tấn so với năm 2023' is the change of 1.950 tấn (tấn, about). 'trong đó huyện Lục Ngạn ước chiếm gần 70%' is a percent figure (no whole for a percent), estimate by its own cue.",
    "'thấp hơn năm 2023 khoảng 10%' is the price range's change. 'tăng tỷ lệ đậu quả ... từ 15-20%' is a growth rate that is itself the claim: percent figure, range, no change.",
    "'khoảng 30.000 ha, trong đó Lục Ngạn hơn 17.000 ha' total 30.000. 'Ba doanh nghiệp' is a count written in words. 'dự kiến thu khoảng 5,5 tấn' forecast.",
    "Distractors: 'thôn Kép 2', 'quốc lộ 31', 'tỉnh lộ 290', date at the end, a person's name.",
]

emit("p340-6", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Lục Ngạn")
