"""p1038-5: Party/provincial newspaper (Báo Sơn La), byline and bare date at the end, March 2025."""
from lib import F, P, I, C, T, write

TEXT = """Đưa giống bò lai Zebu lên vùng cao

Những năm gần đây, nhiều hộ đồng bào dân tộc ở các huyện Mai Sơn, Yên Châu, Thuận Châu đã mạnh dạn thay bò nội bằng bò lai Zebu, bò lai Brahman. Năm 2024, toàn tỉnh Sơn La thụ tinh nhân tạo được 8.650 con bò, tăng 1.240 con so với năm 2023; tỷ lệ bò lai Zebu trong tổng đàn đạt 31,5%.

Tại xã Chiềng Ban (huyện Mai Sơn), gia đình anh Lò Văn Tám nuôi 12 con bò cái sinh sản, trong đó 9 con là bò lai. Anh Tám cho biết, bê lai Zebu 8 tháng tuổi bán được 16-18 triệu đồng/con, trong khi bê nội cùng tuổi chỉ 9-10 triệu đồng/con. "Mỗi năm trừ chi phí, gia đình thu lãi trên 120 triệu đồng từ nuôi bò", anh Tám nói.

Theo Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh, đến cuối năm 2024 toàn tỉnh có 62 dẫn tinh viên, trong số đó chỉ khoảng 40 người hoạt động thường xuyên. Địa hình chia cắt, nhiều bản cách trung tâm xã trên 20 km nên việc bảo quản, vận chuyển tinh và nitơ lỏng còn khó khăn. Mỗi liều tinh Zebu giá khoảng 80.000 đồng, được tỉnh hỗ trợ 100% cho hộ nghèo, hộ cận nghèo.

Năm 2025, tỉnh phấn đấu thụ tinh nhân tạo 10.000 con bò, nâng tỷ lệ bò lai lên 35%; dự kiến xây dựng thêm 12 điểm phối giống dọc Quốc lộ 6 và Quốc lộ 37, trang bị 12 bình nitơ loại 35 lít cho các điểm này.

QUÀNG HẰNG
18/03/2025
"""

NOTES = [
    "Báo Sơn La: bò lai Zebu ở vùng cao, thụ tinh nhân tạo năm 2024 và kế hoạch năm 2025. Byline and bare date '18/03/2025' at the end.",
    "Distractors: 'anh Lò Văn Tám', 'Quốc lộ 6', 'Quốc lộ 37'. The household's figures take the district (Mai Sơn) as location.",
    "'trong số đó chỉ khoảng 40 người' is a part of the 62 dẫn tinh viên (total). 'bê lai Zebu 8 tháng tuổi', 'trên 20 km'",
    "(a description of remote villages) and the tank size 'loại 35 lít' are category specifications (optional).",
    "'tăng 1.240 con so với năm 2023' is the change of 8.650 con. Quoted farmer's annual profit is a money figure without period.",
]

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("được 8.650 con bò", "8.650", 8650, "count", "con", "bò được thụ tinh nhân tạo", Y24,
      change=C("increase", 1240, "con", "năm 2023")),
    F("đạt 31,5%", "31,5", 31.5, "percent", "%", "tỷ lệ bò lai Zebu trong tổng đàn", Y24),
    F("nuôi 12 con bò", "12", 12, "count", "con", "bò cái sinh sản gia đình nuôi", location="Mai Sơn"),
    F("trong đó 9 con", "9", 9, "count", "con", "bò lai", total=12, location="Mai Sơn"),
    F("Zebu 8 tháng tuổi", "8", 8, "measure", "tháng", "tuổi bê lai Zebu", optional=True, location="Mai Sơn"),
    F("được 16-18 triệu", "16", 16e6, "money", "đồng/con", "giá bê lai Zebu 8 tháng tuổi", value_max=18e6,
      location="Mai Sơn"),
    F("chỉ 9-10 triệu", "9", 9e6, "money", "đồng/con", "giá bê nội cùng tuổi", value_max=10e6, location="Mai Sơn"),
    F("trên 120 triệu đồng", "120", 120e6, "money", "đồng", "lãi từ nuôi bò mỗi năm", approx="over",
      location="Mai Sơn"),
    F("có 62 dẫn tinh viên", "62", 62, "count", "dẫn tinh viên", "dẫn tinh viên toàn tỉnh",
      P("đến cuối năm 2024", None, "2024-12-31")),
    F("khoảng 40 người", "40", 40, "count", "người", "dẫn tinh viên hoạt động thường xuyên",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="about", total=62),
    F("trên 20 km", "20", 20, "measure", "km", "khoảng cách từ bản đến trung tâm xã", approx="over", optional=True),
    F("khoảng 80.000 đồng", "80.000", 80000, "money", "đồng", "giá mỗi liều tinh Zebu", approx="about"),
    F("hỗ trợ 100%", "100", 100, "percent", "%", "mức hỗ trợ giá tinh cho hộ nghèo, hộ cận nghèo"),
    F("thụ tinh nhân tạo 10.000 con", "10.000", 10000, "count", "con", "bò được thụ tinh nhân tạo", Y25,
      status="target"),
    F("lên 35%", "35", 35, "percent", "%", "tỷ lệ bò lai", Y25, status="target"),
    F("thêm 12 điểm", "12", 12, "count", "điểm phối giống", "điểm phối giống xây dựng thêm", Y25,
      status="forecast"),
    F("trang bị 12 bình nitơ", "12", 12, "count", "bình nitơ", "bình nitơ trang bị cho các điểm phối giống", Y25,
      status="forecast"),
    F("loại 35 lít", "35", 35, "measure", "lít", "dung tích bình nitơ", optional=True),
]

if __name__ == "__main__":
    write("p1038-5", TEXT, NOTES, FIGS, published="2025-03-18", location="Sơn La")
