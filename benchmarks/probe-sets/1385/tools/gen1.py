"""p1385-1: province portal (Bạc Liêu): salt season 2024, trải bạt salt, prices, Đông Hải."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Bạc Liêu: Sản lượng muối vụ năm 2024 ước đạt hơn 48.000 tấn

Cập nhật: 14/06/2024 08:45 | Lượt xem: 1.936

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ muối năm 2024, toàn tỉnh Bạc Liêu sản xuất 1.512 ha, đạt 101,5% kế hoạch, tăng 86 ha so với vụ trước. Sản lượng muối ước đạt 48.260 tấn, tăng 12,4% so với cùng kỳ; trong đó muối trắng 43.100 tấn, muối trải bạt 5.160 tấn. Năng suất bình quân khoảng 31,9 tấn/ha.

Diện tích sản xuất muối tập trung ở thị xã Giá Rai và huyện Đông Hải. Riêng huyện Đông Hải có 1.245 ha, chiếm 82,3% diện tích toàn tỉnh, với gần 1.900 hộ diêm dân tham gia.

Đầu vụ, giá muối tại ruộng dao động từ 1.800 đến 2.000 đồng/kg; đến tháng 5, giá tăng lên 2.500-2.800 đồng/kg, cao hơn khoảng 700 đồng/kg so với cùng kỳ năm 2023. Với giá này, muối trải bạt cho lợi nhuận từ 60 đến 70 triệu đồng/ha/vụ, gấp hai lần muối sản xuất theo phương pháp truyền thống.

Bà Lâm Thị Diệu, Giám đốc Hợp tác xã Muối sạch Gành Hào Xanh, cho biết hợp tác xã có 38 thành viên, đã ký hợp đồng bao tiêu 1.200 tấn muối với một doanh nghiệp chế biến tại TP Bạc Liêu.

Tỉnh đã hỗ trợ diêm dân 2,6 tỷ đồng để mua bạt nhựa HDPE và xây dựng 3 kho chứa muối, nâng tổng sức chứa lên khoảng 12.000 tấn. Mục tiêu đến năm 2025, diện tích muối trải bạt đạt ít nhất 400 ha, chiếm trên 25% tổng diện tích sản xuất muối của tỉnh.

Tin liên quan:
- Đông Hải tổ chức Hội thi "Nhà nông đua tài" lần thứ 3
- Triển khai Kế hoạch số 86/KH-UBND về phát triển kinh tế tập thể năm 2024
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("vụ muối năm 2024", "2024-01-01", "2024-12-31")
M5 = per("đến tháng 5", None, "2024-05-31")
T25 = per("đến năm 2025", None, "2025-12-31")
DH = "Đông Hải"

FIGS = [
    fig("ước đạt hơn 48.000 tấn", "48.000", 48000, "measure", "tấn", approx="over", status="estimate",
        subject="sản lượng muối", period=Y24H),
    fig("sản xuất 1.512 ha", "1.512", 1512, "measure", "ha", percent=101.5,
        change=chg("increase", 86, "ha", "vụ trước"), subject="diện tích sản xuất muối", period=Y24),
    fig("ước đạt 48.260 tấn", "48.260", 48260, "measure", "tấn", status="estimate",
        change=chg("increase", 12.4, "%", "cùng kỳ"), subject="sản lượng muối", period=inh(Y24)),
    fig("muối trắng 43.100 tấn", "43.100", 43100, "measure", "tấn", total=48260, status="estimate",
        subject="sản lượng muối trắng", period=inh(Y24)),
    fig("muối trải bạt 5.160 tấn", "5.160", 5160, "measure", "tấn", total=48260, status="estimate",
        subject="sản lượng muối trải bạt", period=inh(Y24)),
    fig("khoảng 31,9 tấn/ha", "31,9", 31.9, "measure", "tấn/ha", approx="about",
        subject="năng suất muối bình quân", period=inh(Y24)),
    fig("có 1.245 ha", "1.245", 1245, "measure", "ha", percent=82.3,
        subject="diện tích sản xuất muối huyện Đông Hải", location=DH),
    fig("gần 1.900 hộ", "1.900", 1900, "count", "hộ", approx="nearly",
        subject="hộ diêm dân tham gia sản xuất muối", location=DH),
    fig("từ 1.800 đến 2.000", "1.800", 1800, "money", "đồng/kg", value_max=2000,
        subject="giá muối tại ruộng đầu vụ"),
    fig("lên 2.500-2.800", "2.500", 2500, "money", "đồng/kg", value_max=2800,
        change=chg("increase", 700, "đồng/kg", "cùng kỳ năm 2023", approx="about"),
        subject="giá muối tại ruộng", period=M5),
    fig("từ 60 đến 70 triệu", "60", 60e6, "money", "đồng/ha/vụ", value_max=70e6,
        change=chg("increase", 2, "lần", "muối sản xuất theo phương pháp truyền thống"),
        subject="lợi nhuận muối trải bạt"),
    fig("có 38 thành viên", "38", 38, "count", "thành viên",
        subject="thành viên Hợp tác xã Muối sạch Gành Hào Xanh"),
    fig("bao tiêu 1.200 tấn", "1.200", 1200, "measure", "tấn",
        subject="muối hợp tác xã ký hợp đồng bao tiêu"),
    fig("với một doanh nghiệp", "một", 1, "count", "doanh nghiệp",
        subject="doanh nghiệp chế biến ký hợp đồng bao tiêu muối", optional=True),
    fig("diêm dân 2,6 tỷ", "2,6", 2.6e9, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ diêm dân mua bạt và xây kho"),
    fig("xây dựng 3 kho", "3", 3, "count", "kho", subject="kho chứa muối xây dựng"),
    fig("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn", approx="about",
        subject="tổng sức chứa kho muối"),
    fig("ít nhất 400 ha", "400", 400, "measure", "ha", approx="at_least", percent=25, status="target",
        subject="diện tích muối trải bạt", period=T25),
]

NOTES = [
    "Province portal (Bạc Liêu): salt season 2024; breadcrumb, 'Cập nhật: 14/06/2024 08:45 | Lượt xem: 1.936', related links.",
    "Distractors: 08:45, Lượt xem 1.936, HDPE, 'lần thứ 3', Kế hoạch số 86/KH-UBND, 'năm 2023'/'năm 2024' as baseline or in a link title.",
    "'vụ muối năm 2024' dates the season as the year 2024; the 48.260 tấn sentence and its 'trong đó' parts inherit it.",
    "'đạt 101,5% kế hoạch' → percent attribute; 'tăng 86 ha so với vụ trước' → change in ha.",
    "'trong đó muối trắng …, muối trải bạt …' after ';' → total 48.260 tấn, estimate carried from 'ước đạt'.",
    "'giá tăng lên 2.500-2.800' is the new level (a range), not a change; the change is 'cao hơn khoảng 700 đồng/kg'.",
    "'gấp hai lần muối … truyền thống' is a change (lần) of the 60-70 triệu profit; 'Đầu vụ' gives no datable period.",
    "revised after the first run: 'đến tháng 5, giá tăng lên 2.500-2.800' has period 'đến tháng 5' = as-of 2024-05-31 (start null),",
    "as FIGURES.md reads 'đến 30/6/2023' and 'tính đến tháng 8/2022'; it was the month of May.",
    "'với một doanh nghiệp' is optional: a counterpart named by an article-like 'một'.",
    "'chiếm trên 25%' → percent attribute of the 400 ha target ('Mục tiêu đến năm 2025').",
]

if __name__ == "__main__":
    write("p1385-1", TEXT, NOTES, FIGS, published="2024-06-14", location="Bạc Liêu")
