"""p1552-4: ministry site (Bộ Tài nguyên và Môi trường): national paper-straw and paper-cup production and exports."""
from lib import F, P, inh, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG - CỔNG THÔNG TIN ĐIỆN TỬ

Trang chủ / Tin tức / Môi trường

Thúc đẩy sản xuất ống hút giấy, cốc giấy thay thế nhựa dùng một lần

22/04/2024 14:05 | Cục Kiểm soát ô nhiễm môi trường

Theo Bộ Tài nguyên và Môi trường, mỗi năm cả nước phát sinh khoảng 1,8 triệu tấn chất thải nhựa, trong đó túi ni lông, hộp xốp, ống hút, cốc nhựa dùng một lần chiếm gần 40%.

Thời gian qua, sản xuất sản phẩm thay thế phát triển nhanh. Năm 2023, cả nước có 52 doanh nghiệp sản xuất ống hút giấy, cốc giấy, tăng 11 doanh nghiệp so với năm 2021, với tổng công suất khoảng 9 tỷ sản phẩm/năm; ngoài ra còn gần ba chục cơ sở sản xuất ống hút từ cỏ, tre, gạo. Khoảng 75% sản lượng được xuất khẩu.

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu ống hút giấy của Việt Nam đạt 212 triệu USD, giảm 3,5% so với năm 2022; riêng quý I/2024 đạt 58,6 triệu USD, tăng 21% so với quý I/2023. Hoa Kỳ, Đức và Hà Lan là ba thị trường lớn nhất, lần lượt chiếm 27%, 18% và 11% kim ngạch. Việt Nam hiện đứng thứ hai thế giới về xuất khẩu ống hút giấy, sau Trung Quốc.

Theo Quyết định số 1746/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025, 100% khu, điểm du lịch, cơ sở lưu trú du lịch ven biển không sử dụng sản phẩm nhựa dùng một lần; đến năm 2030 giảm 75% rác thải nhựa trên biển và đại dương. Nghị định số 08/2022/NĐ-CP quy định từ ngày 01/01/2026 không sản xuất, nhập khẩu sản phẩm nhựa dùng một lần, trừ sản phẩm có chứng nhận nhãn sinh thái Việt Nam.

Cơ quan chủ quản: Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội - Điện thoại: 024.3795.6868
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 1,8 triệu tấn", "1,8", 1.8e6, "measure", "tấn/năm", approx="about",
      subject="chất thải nhựa phát sinh"),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="túi ni lông, hộp xốp, ống hút, cốc nhựa dùng một lần trong chất thải nhựa"),
    F("có 52 doanh nghiệp", "52", 52, "count", "doanh nghiệp",
      change=C("increase", 11, "doanh nghiệp", "năm 2021"),
      subject="doanh nghiệp sản xuất ống hút giấy, cốc giấy", period=Y23),
    F("khoảng 9 tỷ", "9", 9e9, "measure", "sản phẩm/năm", approx="about", subject="tổng công suất", period=Y23),
    F("gần ba chục", "ba chục", 30, "count", "cơ sở", approx="nearly",
      subject="cơ sở sản xuất ống hút từ cỏ, tre, gạo", period=Y23),
    F("Khoảng 75%", "75", 75, "percent", "%", approx="about", subject="sản lượng được xuất khẩu",
      period=inh(Y23)),
    F("đạt 212 triệu", "212", 212e6, "money", "USD", change=C("decrease", 3.5, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu ống hút giấy", period=Y23b),
    F("đạt 58,6 triệu", "58,6", 58.6e6, "money", "USD", change=C("increase", 21, "%", "quý I/2023"),
      subject="kim ngạch xuất khẩu ống hút giấy", period=Q1),
    F("ba thị trường", "ba", 3, "count", "thị trường", optional=True),
    F("chiếm 27%", "27", 27, "percent", "%", subject="thị trường Hoa Kỳ trong kim ngạch xuất khẩu ống hút giấy"),
    F("27%, 18%", "18", 18, "percent", "%", subject="thị trường Đức trong kim ngạch xuất khẩu ống hút giấy"),
    F("và 11% kim", "11", 11, "percent", "%", subject="thị trường Hà Lan trong kim ngạch xuất khẩu ống hút giấy"),
    F("thứ hai thế giới", "hai", 2, "rank", "hạng", subject="xuất khẩu ống hút giấy"),
    F("2025, 100% khu", "100", 100, "percent", "%", status="target",
      subject="khu, điểm du lịch, cơ sở lưu trú du lịch ven biển không sử dụng sản phẩm nhựa dùng một lần",
      period=TO25),
    F("giảm 75%", "75", 75, "percent", "%", status="target",
      subject="giảm rác thải nhựa trên biển và đại dương", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): breadcrumb, '22/04/2024 14:05 | Cục Kiểm soát ô nhiễm môi trường', footer.",
    "Distractors: 14:05, Quyết định số 1746/QĐ-TTg, Nghị định số 08/2022/NĐ-CP, 'từ ngày 01/01/2026', 'Số 10 Tôn Thất Thuyết',",
    "phone 024.3795.6868, baselines 'năm 2021', 'năm 2022', 'quý I/2023'.",
    "All figures are national (cả nước, Tổng cục Hải quan): location Việt Nam. Trade partners (Hoa Kỳ, Đức, Hà Lan) stay in the subject.",
    "'mỗi năm ... 1,8 triệu tấn' is a rate: tấn/năm. 'tăng 11 doanh nghiệp so với năm 2021' is the change of 52 (unit doanh nghiệp).",
    "'gần ba chục' = nearly 30 (number words). 'ba thị trường lớn nhất' names the group of the list: optional.",
    "'mục tiêu đến năm 2025 ...; đến năm 2030 giảm 75%': both targets; 'giảm 75%' is a rate as the claim (percent, no change).",
]

if __name__ == "__main__":
    write("p1552-4", TEXT, NOTES, FIGS, published="2024-04-22", location="Việt Nam")
