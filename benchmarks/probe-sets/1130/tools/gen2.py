"""p1130-2: huyện Tam Đảo (Vĩnh Phúc) district portal: su su harvest from the start of 2024, one household, poverty, OCOP."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐẢO
Trang chủ / Tin tức - Sự kiện / Kinh tế

Su su Tam Đảo vào vụ thu hoạch chính

Thứ Tư, 22/05/2024 - 14:15

Những ngày này, trên các sườn núi ở thị trấn Tam Đảo, xã Hồ Sơn và xã Tam Quan, người dân đang tất bật thu hái su su. Hiện toàn huyện có khoảng 330 ha su su, tập trung chủ yếu tại thị trấn Tam Đảo (khoảng 140 ha).

Từ đầu năm đến nay, toàn huyện đã thu hoạch 3.150 tấn ngọn và quả su su, đạt 52,5% kế hoạch năm, tăng 210 tấn so với cùng kỳ năm 2023. Giá ngọn su su loại 1 được thương lái thu mua tại vườn từ 12.000 đến 15.000 đồng/kg, cao hơn khoảng 20% so với năm trước. Hiện có khoảng 25 thương lái từ Hà Nội, Vĩnh Yên thường xuyên lên tận vườn thu mua.

Gia đình anh Trần Văn Khải ở tổ dân phố số 1, thị trấn Tam Đảo có 0,6 ha su su. Mỗi tuần gia đình anh thu hái hai lứa ngọn, mỗi lứa khoảng 300 kg. Trừ chi phí, mỗi năm anh thu lãi trên 150 triệu đồng; vào vụ, anh thuê thêm ba lao động thời vụ với tiền công 250.000 đồng/người/ngày.

Sản phẩm “Su su Tam Đảo” đã được cấp Giấy chứng nhận đăng ký nhãn hiệu tập thể số 412867 và đạt chuẩn OCOP 4 sao. Nhờ phát triển cây su su, quý I/2024 huyện có thêm 46 hộ thoát nghèo; tỷ lệ hộ nghèo của huyện hiện còn 2,85%.

Năm 2024, huyện phấn đấu sản lượng su su đạt 6.000 tấn, xây dựng thêm 50 ha su su theo hướng hữu cơ.

Tin, ảnh: Phòng Kinh tế huyện
Điện thoại: 0211.3824.135
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
KHAI = "gia đình anh Trần Văn Khải"

FIGS = [
    F("khoảng 330 ha", "330", 330, "measure", "ha", approx="about", subject="diện tích su su"),
    F("(khoảng 140 ha)", "140", 140, "measure", "ha", approx="about",
      subject="diện tích su su tại thị trấn Tam Đảo"),
    F("thu hoạch 3.150 tấn", "3.150", 3150, "measure", "tấn", percent=52.5,
      change=C("increase", 210, "tấn", "cùng kỳ năm 2023"),
      subject="sản lượng ngọn và quả su su thu hoạch", period=YTD),
    F("từ 12.000 đến 15.000", "12.000", 12000, "money", "đồng/kg", value_max=15000,
      change=C("increase", 20, "%", "năm trước", approx="about"),
      subject="giá ngọn su su loại 1 thương lái thu mua tại vườn", period=I(YTD)),
    F("khoảng 25 thương lái", "25", 25, "count", "thương lái", approx="about",
      subject="thương lái thường xuyên lên tận vườn thu mua"),
    F("có 0,6 ha", "0,6", 0.6, "measure", "ha", subject=f"diện tích su su của {KHAI}"),
    F("hai lứa", "hai", 2, "measure", "lứa/tuần", subject=f"lứa ngọn su su {KHAI} thu hái mỗi tuần"),
    F("khoảng 300 kg", "300", 300, "measure", "kg/lứa", approx="about", subject="sản lượng ngọn su su mỗi lứa"),
    F("trên 150 triệu", "150", 150000000, "money", "đồng/năm", approx="over",
      subject=f"lãi trồng su su của {KHAI}"),
    F("ba lao động", "ba", 3, "count", "lao động", subject="lao động thời vụ thuê thêm"),
    F("250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", subject="tiền công lao động thời vụ"),
    F("OCOP 4 sao", "4", 4, "rank", "sao", optional=True, subject="hạng sao OCOP của Su su Tam Đảo"),
    F("thêm 46 hộ", "46", 46, "count", "hộ", subject="hộ thoát nghèo", period=Q1),
    F("còn 2,85%", "2,85", 2.85, "percent", "%", subject="tỷ lệ hộ nghèo của huyện"),
    F("đạt 6.000 tấn", "6.000", 6000, "measure", "tấn", status="target", subject="sản lượng su su", period=Y24),
    F("thêm 50 ha", "50", 50, "measure", "ha", status="target",
      subject="diện tích su su theo hướng hữu cơ xây dựng thêm", period=Y24),
]

NOTES = [
    "District portal (huyện Tam Đảo, Vĩnh Phúc): 'Thứ Tư, 22/05/2024 - 14:15'. Default location Tam Đảo (thị trấn Tam Đảo lies in the district).",
    "'Từ đầu năm đến nay' ends at the published date. 'đạt 52,5% kế hoạch năm' → percent; 'tăng 210 tấn so với cùng kỳ' → change in tấn.",
    "'(khoảng 140 ha)' after 'tập trung chủ yếu tại' is one place, not a breakdown adding up to 330: no total.",
    "Household passage (anh Trần Văn Khải): number words 'hai lứa' (per week → lứa/tuần), 'ba lao động'; no period ('mỗi năm', 'mỗi tuần' are rates).",
    "Distractors: dateline time 14:15, 'tổ dân phố số 1', 'loại 1' (a grade), certificate 'số 412867', phone 0211.3824.135.",
    "'OCOP 4 sao' is a rating label: optional. 'tỷ lệ hộ nghèo … hiện còn 2,85%' is a present figure: no period (quý I/2024 governs the 46 hộ clause).",
]

if __name__ == "__main__":
    write("p1130-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Tam Đảo")
