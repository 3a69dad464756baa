"""p1264-6: national newspaper: Kiên Giang farmers switch from broadcast sowing to machine transplanting."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """Thời sự > Nông nghiệp
Thứ sáu, 12/7/2024, 06:00 (GMT+7)

Nông dân Kiên Giang bỏ sạ chuyển sang cấy máy

Cấy bằng máy giúp giảm khoảng 120 kg giống mỗi ha, lợi nhuận tăng 4-5 triệu đồng/ha so với sạ lan.

Vụ Hè Thu năm nay, ông Danh Sơn ở xã Thạnh Lộc, huyện Châu Thành, thuê hợp tác xã cấy máy toàn bộ 3,5 ha ruộng. "Trước đây sạ lan tốn 180-200 kg giống/ha, nay cấy máy chỉ cần 60-70 kg", ông nói.

Hợp tác xã Nông nghiệp Thạnh Lộc Xanh hiện có 5 máy cấy và một hệ thống làm mạ khay công suất 2.000 khay/ngày, đủ cấy khoảng 80 ha mỗi vụ. Giá dịch vụ trọn gói 3,2 triệu đồng/ha, gồm mạ khay và công cấy.

Theo Sở NN&PTNT Kiên Giang, vụ Hè Thu 2024 toàn tỉnh có 18.600 ha lúa cấy bằng máy, gấp 2,3 lần vụ Hè Thu 2023, nhưng mới chiếm khoảng 6,5% diện tích gieo trồng. Tỉnh có gần ba chục hợp tác xã làm dịch vụ mạ khay, cấy máy. Từ đầu năm đến nay, các đại lý trên địa bàn tỉnh đã bán ra 64 máy cấy, gấp đôi cùng kỳ.

PGS.TS Nguyễn Văn Khải, Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch, cho biết cả nước hiện có gần 11.000 máy cấy, trong đó khoảng 70% ở đồng bằng sông Hồng. Một máy cấy ngồi lái 6 hàng có giá 350-400 triệu đồng, vượt khả năng đầu tư của nhiều nông hộ.

Kiên Giang đặt mục tiêu đến năm 2025 có 50.000 ha lúa cấy bằng máy.

Ngọc Tài
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
T25 = per("đến năm 2025", None, "2025-12-31")
CT = "Châu Thành"
VN = "Việt Nam"

FIGS = [
    fig("khoảng 120 kg", "120", 120, "measure", "kg/ha", approx="about", subject="lượng giống giảm khi cấy bằng máy"),
    fig("tăng 4-5 triệu", "4", 4e6, "money", "đồng/ha", value_max=5e6, subject="lợi nhuận tăng khi cấy bằng máy"),
    fig("toàn bộ 3,5 ha", "3,5", 3.5, "measure", "ha", subject="ruộng ông Danh Sơn thuê cấy máy", location=CT),
    fig("tốn 180-200 kg", "180", 180, "measure", "kg/ha", value_max=200, subject="lượng giống sạ lan", location=CT),
    fig("cần 60-70 kg", "60", 60, "measure", "kg", value_max=70, subject="lượng giống cấy máy", location=CT),
    fig("có 5 máy cấy", "5", 5, "count", "máy cấy", subject="máy cấy của Hợp tác xã Nông nghiệp Thạnh Lộc Xanh",
        location=CT),
    fig("một hệ thống", "một", 1, "count", "hệ thống", subject="hệ thống làm mạ khay", location=CT),
    fig("2.000 khay/ngày", "2.000", 2000, "measure", "khay/ngày", subject="công suất hệ thống làm mạ khay",
        location=CT),
    fig("khoảng 80 ha", "80", 80, "measure", "ha/vụ", approx="about", subject="diện tích đủ cấy mỗi vụ",
        location=CT),
    fig("gói 3,2 triệu", "3,2", 3.2e6, "money", "đồng/ha", subject="giá dịch vụ trọn gói", location=CT),
    fig("có 18.600 ha", "18.600", 18600, "measure", "ha", percent=6.5,
        change=chg("increase", 2.3, "lần", "vụ Hè Thu 2023"), subject="lúa cấy bằng máy"),
    fig("gần ba chục", "ba chục", 30, "count", "hợp tác xã", approx="nearly",
        subject="hợp tác xã làm dịch vụ mạ khay, cấy máy"),
    fig("ra 64 máy", "64", 64, "count", "máy cấy", change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="máy cấy các đại lý bán ra", period=YTD),
    fig("gần 11.000", "11.000", 11000, "count", "máy cấy", approx="nearly", subject="máy cấy", location=VN),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="máy cấy ở đồng bằng sông Hồng",
        location=VN),
    fig("6 hàng", "6", 6, "count", "hàng", optional=True),
    fig("giá 350-400 triệu", "350", 350e6, "money", "đồng", value_max=400e6,
        subject="giá máy cấy ngồi lái 6 hàng", location=VN),
    fig("có 50.000 ha", "50.000", 50000, "measure", "ha", status="target", subject="lúa cấy bằng máy", period=T25),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 12/7/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'Viện Cơ điện ...', 'vụ Hè Thu 2023' as a baseline, 'PGS.TS'.",
    "Sapo: 'giảm khoảng 120 kg giống mỗi ha' and 'lợi nhuận tăng 4-5 triệu đồng/ha' are the claims themselves (no change object).",
    "Farmer and cooperative in huyện Châu Thành: location Châu Thành. Season phrases give no period (not scored).",
    "'gấp 2,3 lần vụ Hè Thu 2023' after 18.600 ha and 'gấp đôi cùng kỳ' after 64 máy cấy → change in 'lần'; 'chiếm khoảng 6,5%' → percent.",
    "'gần ba chục' = 30, nearly. The expert's national figures (11.000 máy cấy, 70%, price) → Việt Nam; '6 hàng' is a model spec (optional).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-12; 'đặt mục tiêu đến năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1264-6", TEXT, NOTES, FIGS, published="2024-07-12", location="Kiên Giang")
