"""p699-8: provincial newspaper (Báo Thanh Hóa), mud crab polyculture Q1/2024, artificial blue crab seed."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh tế › Nông nghiệp

Thanh Hóa: Nuôi cua xen ghép mang lại hiệu quả cao cho vùng ven biển

MINH HIẾU 14:25, 26/03/2024

(Baothanhhoa.vn) - Quý I/2024, diện tích nuôi cua xen ghép với tôm, cá trên địa bàn tỉnh đạt 1.320 ha, tăng 7,3% so với cùng kỳ. Nuôi cua tập trung ở các huyện: Nga Sơn (410 ha), Hậu Lộc (365 ha), Hoằng Hóa (290 ha), Quảng Xương (255 ha).

Sản lượng cua thu hoạch ước đạt 285 tấn, giá trị khoảng 71 tỷ đồng. Với giá bán bình quân 250.000 đồng/kg, các hộ nuôi theo quy trình VietGAP có lợi nhuận từ 60 đến 80 triệu đồng/ha/vụ. Anh Lê Văn Tùng ở xóm 5, xã Nga Tân (Nga Sơn) cho biết, với 3 ha ao nuôi, năm 2023 gia đình anh lãi gần 250 triệu đồng.

Đáng chú ý, Trung tâm Khuyến nông tỉnh phối hợp với Viện Nghiên cứu Nuôi trồng thủy sản I sản xuất thành công ghẹ xanh giống nhân tạo tại trại giống ở thị xã Nghi Sơn; 3 tháng đầu năm đã cho ra 1,2 triệu con ghẹ giống. Tỷ lệ sống từ ấu trùng đến con giống đạt 8,5%, cao hơn mức 5-6% của các trại tư nhân.

Năm 2024, tỉnh phấn đấu diện tích nuôi cua đạt 1.600 ha, sản lượng 1.150 tấn; dự kiến thả 2 triệu con ghẹ giống tái tạo nguồn lợi tại vùng biển ven bờ. Người dân có nhu cầu tư vấn kỹ thuật liên hệ Trạm Khuyến nông Nga Sơn, số 12 đường Tống Duy Tân, điện thoại 0237.3872.168.
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
S_A = "diện tích nuôi cua xen ghép với tôm, cá"

FIGS = [
    fig("đạt 1.320 ha", "1.320", 1320, "measure", "ha", S_A, Q1, change=chg("increase", 7.3, "%", "cùng kỳ")),
    fig("Nga Sơn (410 ha)", "410", 410, "measure", "ha", S_A, inh(Q1), total=1320, location="Nga Sơn"),
    fig("Hậu Lộc (365 ha)", "365", 365, "measure", "ha", S_A, inh(Q1), total=1320, location="Hậu Lộc"),
    fig("Hoằng Hóa (290 ha)", "290", 290, "measure", "ha", S_A, inh(Q1), total=1320, location="Hoằng Hóa"),
    fig("Quảng Xương (255 ha)", "255", 255, "measure", "ha", S_A, inh(Q1), total=1320, location="Quảng Xương"),
    fig("ước đạt 285 tấn", "285", 285, "measure", "tấn", "sản lượng cua thu hoạch", inh(Q1), status="estimate"),
    fig("khoảng 71 tỷ đồng", "71", 71000000000, "money", "đồng", "giá trị cua thu hoạch", inh(Q1), approx="about",
        status="estimate"),
    fig("bình quân 250.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá bán cua bình quân"),
    fig("từ 60 đến 80 triệu", "60", 60000000, "money", "đồng/ha/vụ", "lợi nhuận hộ nuôi cua theo quy trình VietGAP",
        value_max=80000000),
    fig("với 3 ha", "3", 3, "measure", "ha", "diện tích ao nuôi của gia đình anh Lê Văn Tùng", location="Nga Sơn"),
    fig("gần 250 triệu đồng", "250", 250000000, "money", "đồng", "lãi của gia đình anh Lê Văn Tùng",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly", location="Nga Sơn"),
    fig("ra 1,2 triệu con", "1,2", 1200000, "count", "con ghẹ giống", "ghẹ xanh giống nhân tạo sản xuất được",
        per("3 tháng đầu năm", "2023-01-01", "2023-03-31"), location="Nghi Sơn"),
    fig("đạt 8,5%", "8,5", 8.5, "percent", "%", "tỷ lệ sống từ ấu trùng đến con giống", location="Nghi Sơn"),
    fig("mức 5-6%", "5", 5, "percent", "%", "tỷ lệ sống từ ấu trùng đến con giống của các trại tư nhân",
        value_max=6),
    fig("đạt 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích nuôi cua", Y24, status="target"),
    fig("sản lượng 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng cua", Y24, status="target"),
    fig("thả 2 triệu con", "2", 2000000, "count", "con ghẹ giống", "ghẹ giống thả tái tạo nguồn lợi", Y24,
        status="forecast"),
]

NOTES = [
    "Báo Thanh Hóa (Baothanhhoa.vn): nuôi cua xen ghép quý I/2024, ghẹ xanh giống nhân tạo, kế hoạch 2024. Byline + time + date at the top.",
    "District list after 'các huyện:' (a ':' cue after a sentence break, same indicator and period, items add up to 1.320) -> total 1320.",
    "'ước đạt 285 tấn, giá trị khoảng 71 tỷ đồng': the elliptical second clause continues the 'ước' -> estimate.",
    "'cao hơn mức 5-6% của các trại tư nhân' names the other hatcheries' level, not a difference: its own percent figure, not a change.",
    "'8,5%' has its own indicator (tỷ lệ sống) in its own sentence: a percent figure. Nghi Sơn (thị xã) -> location for the hatchery.",
    "'Viện Nghiên cứu Nuôi trồng thủy sản I', 'xóm 5', 'số 12 đường Tống Duy Tân', phone, '14:25' are not figures.",
    "'Năm 2024 ... phấn đấu' -> target; '; dự kiến thả 2 triệu con' -> forecast (its own cue).",
    "revised after the first run: '3 tháng đầu năm' (no year) takes the year of the nearest earlier period, FIGURES.md section 3;",
    "that is 'năm 2023' in the farmer's sentence just before, so 2023-01-01..2023-03-31 (was 2024, read from the dateline).",
    "A reader would take 2024 here; the spec's rule gives 2023 and the gold follows the spec.",
]

if __name__ == "__main__":
    write("p699-8", TEXT, NOTES, FIGS, published="2024-03-26", location="Thanh Hóa")
