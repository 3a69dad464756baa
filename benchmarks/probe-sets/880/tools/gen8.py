"""p880-8: provincial newspaper online (Báo Bắc Giang, tag BGĐT), 9-month irrigation and drainage results, October 2024."""
from lib import F, P, I, C, write

TEXT = """
Bắc Giang: 9 tháng, trạm bơm phục vụ tưới, tiêu hơn 98 nghìn ha

Cập nhật lúc 09:15, Thứ hai, 14/10/2024

(BGĐT) - 9 tháng năm 2024, Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Sông Thương và Công ty TNHH MTV Khai thác công trình thủy lợi Nam Sông Thương đã vận hành 396 trạm bơm điện, phục vụ tưới, tiêu cho 98.650 ha cây trồng, đạt 84,3% kế hoạch năm, tăng 3,1% so với cùng kỳ.

Trong đó, diện tích tưới 52.480 ha, diện tích tiêu 46.170 ha. Các huyện có diện tích được phục vụ lớn là Lạng Giang (14.200 ha), Tân Yên (12.860 ha), Hiệp Hòa (11.540 ha).

Lượng điện tiêu thụ cho bơm tưới, tiêu 9 tháng là 41,6 triệu kWh, tiền điện gần 78 tỷ đồng. Riêng đợt mưa lớn do hoàn lưu bão số 3 từ ngày 8 đến 11/9, các trạm bơm tiêu đã vận hành 1.520 giờ máy, tiêu thoát cho trên 21.000 ha bị ngập. Trạm bơm Cống Bún 2 ở huyện Hiệp Hòa vận hành liên tục 96 giờ.

Năm 2024, tỉnh cấp 142,7 tỷ đồng hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi cho 2 công ty và 1.136 tổ chức thủy lợi cơ sở. Mức hỗ trợ đối với diện tích lúa tưới bằng trọng lực là 1.267.000 đồng/ha/vụ, tưới bằng động lực là 1.810.000 đồng/ha/vụ.

Quý IV/2024, dự kiến các trạm bơm phục vụ tưới cho khoảng 28.000 ha cây vụ đông. Phấn đấu cả năm diện tích được tưới, tiêu đạt 117.000 ha.

Thu Hà
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 98 nghìn ha", "98", 98000, "measure", "ha", "diện tích trạm bơm phục vụ tưới, tiêu",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("vận hành 396 trạm bơm điện", "396", 396, "count", "trạm bơm điện", "trạm bơm điện vận hành", M9),
    F("cho 98.650 ha", "98.650", 98650, "measure", "ha", "diện tích cây trồng được phục vụ tưới, tiêu", M9,
      percent=84.3, change=C("increase", 3.1, "%", "cùng kỳ")),
    F("diện tích tưới 52.480 ha", "52.480", 52480, "measure", "ha", "diện tích tưới", I(M9), total=98650),
    F("diện tích tiêu 46.170 ha", "46.170", 46170, "measure", "ha", "diện tích tiêu", I(M9), total=98650),
    F("Lạng Giang (14.200 ha)", "14.200", 14200, "measure", "ha", "diện tích được phục vụ tưới, tiêu", I(M9),
      location="Lạng Giang"),
    F("Tân Yên (12.860 ha)", "12.860", 12860, "measure", "ha", "diện tích được phục vụ tưới, tiêu", I(M9),
      location="Tân Yên"),
    F("Hiệp Hòa (11.540 ha)", "11.540", 11540, "measure", "ha", "diện tích được phục vụ tưới, tiêu", I(M9),
      location="Hiệp Hòa"),
    F("là 41,6 triệu kWh", "41,6", 41.6e6, "measure", "kWh", "lượng điện tiêu thụ cho bơm tưới, tiêu",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("gần 78 tỷ đồng", "78", 78e9, "money", "đồng", "tiền điện bơm tưới, tiêu",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("1.520 giờ máy", "1.520", 1520, "measure", "giờ máy", "thời gian vận hành trạm bơm tiêu",
      P("từ ngày 8 đến 11/9", "2024-09-08", "2024-09-11")),
    F("trên 21.000 ha", "21.000", 21000, "measure", "ha", "diện tích bị ngập được tiêu thoát",
      P("từ ngày 8 đến 11/9", "2024-09-08", "2024-09-11"), approx="over"),
    F("liên tục 96 giờ", "96", 96, "measure", "giờ", "thời gian vận hành liên tục trạm bơm Cống Bún 2",
      I(P("từ ngày 8 đến 11/9", "2024-09-08", "2024-09-11")), location="Hiệp Hòa"),
    F("cấp 142,7 tỷ đồng", "142,7", 142.7e9, "money", "đồng",
      "kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi", Y24),
    F("cho 2 công ty", "2", 2, "count", "công ty", "công ty khai thác công trình thủy lợi được hỗ trợ", Y24,
      optional=True),
    F("1.136 tổ chức", "1.136", 1136, "count", "tổ chức thủy lợi cơ sở", "tổ chức thủy lợi cơ sở được hỗ trợ", Y24),
    F("là 1.267.000 đồng/ha/vụ", "1.267.000", 1267000, "money", "đồng/ha/vụ",
      "mức hỗ trợ đối với diện tích lúa tưới bằng trọng lực", I(Y24)),
    F("là 1.810.000 đồng/ha/vụ", "1.810.000", 1810000, "money", "đồng/ha/vụ",
      "mức hỗ trợ đối với diện tích lúa tưới bằng động lực", I(Y24)),
    F("khoảng 28.000 ha", "28.000", 28000, "measure", "ha", "diện tích cây vụ đông được trạm bơm phục vụ tưới",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("đạt 117.000 ha", "117.000", 117000, "measure", "ha", "diện tích được tưới, tiêu cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang, tag '(BGĐT) -'): 9-month 2024 irrigation and drainage results.",
    "Dateline 'Cập nhật lúc 09:15, Thứ hai, 14/10/2024'. Headline '9 tháng' takes the year 2024 (published; nothing dated before it).",
    "Distractors: 'bão số 3', 'Cống Bún 2' (a station's name), '09:15', 'Thứ hai', two company names with 'Sông Thương', date range 8-11/9.",
    "'Trong đó, diện tích tưới ... tiêu ...' after a sentence break: parts of 98.650 ha (they add up). The district list is a ranking: no total.",
    "'đạt 84,3% kế hoạch năm, tăng 3,1% so với cùng kỳ' → percent 84.3 and change of 98.650 ha. '2 công ty' is optional (a reference to the two named companies).",
    "'dự kiến' → forecast (Quý IV/2024); 'Phấn đấu cả năm' → target, period 2024.",
]

if __name__ == "__main__":
    write("p880-8", TEXT, FIGS, NOTES, published="2024-10-14", location="Bắc Giang")
