"""p1179-5: Party newspaper (Báo Hà Giang), cam sành Bắc Quang, a farm in xã Vĩnh Phúc; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG
Kinh tế

Cam sành Bắc Quang được mùa, được giá

Những ngày này, trên các đồi cam ở xã Vĩnh Phúc, huyện Bắc Quang, bà con tất bật thu hoạch cam sành phục vụ thị trường Tết. Toàn huyện hiện có 3.870 ha cam sành, trong đó diện tích cho thu hoạch 2.960 ha. Năm 2023, sản lượng cam ước đạt 38.500 tấn, tăng 2.300 tấn so với năm 2022.

Giá cam sành loại 1 tại vườn từ 15.000 đến 18.000 đồng/kg, cao gần gấp đôi năm 2022. Toàn tỉnh Hà Giang có khoảng 5.100 ha cam, Bắc Quang là địa phương có diện tích lớn nhất.

Gia đình anh Hoàng Văn Lợi ở thôn Vĩnh Tâm, xã Vĩnh Phúc trồng 4 ha cam sành với 3.200 cây. Năm 2023, vườn cam cho thu hơn 100 tấn quả, giá bán bình quân 14.000 đồng/kg, anh thu về khoảng 1,4 tỷ đồng. Vào vụ, anh Lợi thuê thêm 5 lao động thời vụ, trả công 250.000 đồng/người/ngày.

Xã Vĩnh Phúc có 420 ha cam sành, chiếm 10,9% diện tích cam của huyện; 85 hộ có lãi từ 300 triệu đồng/năm trở lên. Cam sành Hà Giang đã được cấp chỉ dẫn địa lý; hiện có 6 sản phẩm cam đạt OCOP 4 sao.

Ông Đỗ Văn Hải, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, năm 2024, huyện đặt mục tiêu cải tạo 300 ha cam già cỗi, nâng tỷ lệ diện tích cam sành đạt chứng nhận VietGAP lên 25%, đồng thời tổ chức Ngày hội cam sành lần thứ 4 vào tháng 12.

THU TRANG
14/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FARM = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hiện có 3.870 ha", "3.870", 3870, "measure", "ha", subject="diện tích cam sành"),
    F("thu hoạch 2.960 ha", "2.960", 2960, "measure", "ha", total=3870, subject="diện tích cam sành cho thu hoạch"),
    F("ước đạt 38.500 tấn", "38.500", 38500, "measure", "tấn", status="estimate",
      change=C("increase", 2300, "tấn", "năm 2022"), subject="sản lượng cam", period=Y23),
    F("từ 15.000 đến 18.000", "15.000", 15000, "money", "đồng/kg", value_max=18000,
      change=C("increase", 2, "lần", "năm 2022", approx="nearly"), subject="giá cam sành loại 1 tại vườn"),
    F("khoảng 5.100 ha", "5.100", 5100, "measure", "ha", approx="about", subject="diện tích cam",
      location="Hà Giang"),
    F("trồng 4 ha", "4", 4, "measure", "ha", subject="diện tích cam sành của gia đình anh Hoàng Văn Lợi"),
    F("với 3.200 cây", "3.200", 3200, "count", "cây", subject="cây cam sành của gia đình anh Hoàng Văn Lợi"),
    F("hơn 100 tấn", "100", 100, "measure", "tấn", approx="over", subject="sản lượng quả vườn cam của anh Lợi",
      period=FARM),
    F("bình quân 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", subject="giá bán cam bình quân của anh Lợi",
      period=FARM),
    F("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="about", subject="tiền thu về của anh Lợi",
      period=FARM),
    F("thêm 5 lao động", "5", 5, "count", "lao động", subject="lao động thời vụ anh Lợi thuê thêm"),
    F("trả công 250.000", "250.000", 250000, "money", "đồng/người/ngày", subject="tiền công lao động thời vụ"),
    F("có 420 ha", "420", 420, "measure", "ha", percent=10.9, subject="diện tích cam sành xã Vĩnh Phúc"),
    F("85 hộ", "85", 85, "count", "hộ", subject="hộ có lãi từ 300 triệu đồng/năm trở lên ở xã Vĩnh Phúc"),
    F("từ 300 triệu", "300", 300e6, "money", "đồng/năm", approx="at_least", optional=True,
      subject="mức lãi của hộ"),
    F("có 6 sản phẩm", "6", 6, "count", "sản phẩm", subject="sản phẩm cam đạt OCOP 4 sao", location="Hà Giang"),
    F("cải tạo 300 ha", "300", 300, "measure", "ha", status="target", subject="diện tích cam già cỗi cải tạo",
      period=Y24),
    F("lên 25%", "25", 25, "percent", "%", status="target",
      subject="tỷ lệ diện tích cam sành đạt chứng nhận VietGAP", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Hà Giang): byline 'THU TRANG' and bare date '14/01/2024' at the end → published 2024-01-14.",
    "Default location Bắc Quang (district). xã Vĩnh Phúc is a commune of Bắc Quang, not Vĩnh Phúc province: its figures stay Bắc Quang.",
    "The provincial 5.100 ha is Hà Giang. 'cao gần gấp đôi năm 2022' → change nearly 2 lần of the price range (đôi = 2).",
    "'trong đó diện tích cho thu hoạch 2.960 ha' → total 3.870. 'tăng 2.300 tấn so với năm 2022' → change in tấn.",
    "'85 hộ có lãi từ 300 triệu đồng/năm trở lên': 300 triệu is a class bound (optional, at_least).",
    "Farm passage 'Năm 2023' gives the period of its own sentence; the hiring sentence 'Vào vụ' has none.",
    "Distractors: 'lần thứ 4', 'vào tháng 12', 'OCOP 4 sao', 'thôn Vĩnh Tâm', the bare date, the masthead.",
    "revised after the first run: '6 sản phẩm' → location Hà Giang; its sentence is about the provincial brand 'Cam sành Hà Giang'",
    "(geographical indication), and the clause after ';' continues it. The default (Bắc Quang) had been applied without reading it.",
]

if __name__ == "__main__":
    write("p1179-5", TEXT, NOTES, FIGS, published="2024-01-14", location="Bắc Quang")
