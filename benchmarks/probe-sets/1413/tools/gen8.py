"""p1413-8: radio/TV site (Đài PT-TH Sóc Trăng): a cooperative cuts spraying with light traps and planthopper-escape sowing."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Hợp tác xã giảm phun thuốc nhờ bẫy đèn và gieo sạ né rầy

STV - Cập nhật lúc 10:24 ngày 27/02/2024

Hợp tác xã Nông nghiệp Tân Lợi ở xã Ngọc Tố, huyện Mỹ Xuyên hiện có 45 thành viên, canh tác 120 ha lúa. Vụ Đông Xuân 2023-2024, hợp tác xã lắp 2 bẫy đèn và xuống giống đồng loạt trong 5 ngày theo lịch né rầy của ngành nông nghiệp.

Nhờ vậy, số lần phun thuốc giảm từ 6-7 lần xuống còn 3-4 lần mỗi vụ, chi phí sản xuất giảm khoảng 1,8 triệu đồng/ha. Với giá lúa 8.100 đồng/kg và năng suất ước 7,4 tấn/ha, lợi nhuận của thành viên đạt 28-30 triệu đồng/ha, cao hơn 15% so với ruộng ngoài hợp tác xã.

Ông Lý Văn Bảy, Giám đốc hợp tác xã, cho biết mỗi đêm thành viên thay phiên ghi số rầy vào đèn, báo cho Trạm Trồng trọt và Bảo vệ thực vật huyện trước 7 giờ sáng.

Theo Sở Nông nghiệp và Phát triển nông thôn, tháng 2/2024 toàn tỉnh có 4.760 ha lúa nhiễm rầy nâu, đứng thứ hai vùng Đồng bằng sông Cửu Long, sau Kiên Giang. Hiện tỉnh có 87 bẫy đèn; phấn đấu năm 2024 nâng lên 120 bẫy, mỗi xã trồng lúa có ít nhất một bẫy.

Xem thêm:
Video: Ra quân diệt chuột đầu vụ (2:35)
Bản tin Nông nghiệp 19h ngày 26/02/2024
"""

MX = "Mỹ Xuyên"
FEB = per("tháng 2/2024", "2024-02-01", "2024-02-29")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 45 thành viên", "45", 45, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Tân Lợi", location=MX),
    fig("canh tác 120 ha", "120", 120, "measure", "ha",
        subject="lúa hợp tác xã canh tác", location=MX),
    fig("lắp 2 bẫy đèn", "2", 2, "count", "bẫy đèn",
        subject="bẫy đèn hợp tác xã lắp", location=MX),
    fig("trong 5 ngày", "5", 5, "measure", "ngày", optional=True, location=MX),
    fig("từ 6-7 lần", "6", 6, "measure", "lần/vụ", value_max=7, optional=True, location=MX),
    fig("còn 3-4 lần", "3", 3, "measure", "lần/vụ", value_max=4,
        subject="số lần phun thuốc", location=MX),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "money", "đồng/ha", approx="about",
        subject="chi phí sản xuất giảm", location=MX),
    fig("giá lúa 8.100", "8.100", 8100, "money", "đồng/kg",
        subject="giá lúa", location=MX),
    fig("ước 7,4 tấn/ha", "7,4", 7.4, "measure", "tấn/ha", status="estimate",
        subject="năng suất", location=MX),
    fig("đạt 28-30 triệu", "28", 28e6, "money", "đồng/ha", value_max=30e6,
        change=chg("increase", 15, "%", "ruộng ngoài hợp tác xã"),
        subject="lợi nhuận của thành viên", location=MX),
    fig("có 4.760 ha", "4.760", 4760, "measure", "ha",
        subject="lúa nhiễm rầy nâu", period=FEB),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="diện tích lúa nhiễm rầy nâu", period=FEB),
    fig("có 87 bẫy", "87", 87, "count", "bẫy đèn", subject="bẫy đèn của tỉnh"),
    fig("lên 120 bẫy", "120", 120, "count", "bẫy", status="target",
        subject="bẫy đèn", period=Y24),
    fig("ít nhất một bẫy", "một", 1, "measure", "bẫy/xã", approx="at_least", status="target",
        subject="bẫy đèn mỗi xã trồng lúa", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Sóc Trăng): station banner, menu, 'STV - Cập nhật lúc 10:24 ngày 27/02/2024', 'Xem thêm' with a video and a bulletin.",
    "Distractors: 10:24, 'Video ... (2:35)' (video length), '19h ngày 26/02/2024', 'Ông Lý Văn Bảy' (name: Bảy = seven),",
    "'trước 7 giờ sáng' (a time of day), 'Vụ Đông Xuân 2023-2024' (season).",
    "The cooperative's passage (xã Ngọc Tố, huyện Mỹ Xuyên) → location Mỹ Xuyên; the provincial figures → Sóc Trăng.",
    "'giảm từ 6-7 lần xuống còn 3-4 lần mỗi vụ': the new value is the figure (measure, lần/vụ); the old value is optional (cf. model set).",
    "'chi phí sản xuất giảm khoảng 1,8 triệu đồng/ha' has no base amount: the decrease is itself the claim, no change object.",
    "'Với giá lúa 8.100 đồng/kg và năng suất ước 7,4 tấn/ha': 'ước' stands after the price, so only the yield is an estimate;",
    "the profit in the main clause ('đạt') is actual, with 'cao hơn 15% so với ruộng ngoài hợp tác xã' as its change.",
    "'đứng thứ hai vùng Đồng bằng sông Cửu Long' → rank 2, location the province (Sóc Trăng), period tháng 2/2024.",
    "'phấn đấu năm 2024 nâng lên 120 bẫy, mỗi xã ... ít nhất một bẫy' → both target; the per-commune minimum is a rate (bẫy/xã, measure).",
    "'trong 5 ngày' (the sowing window, a duration) is optional.",
]

if __name__ == "__main__":
    write("p1413-8", TEXT, NOTES, FIGS, published="2024-02-27", location="Sóc Trăng")
