"""p663-8: Sở Y tế Nghệ An portal — rehabilitation visits for người khuyết tật (H1/2024), accessible buildings."""
from lib import F, P, I, CH, emit

TEXT = """SỞ Y TẾ NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Hoạt động ngành

6 tháng đầu năm 2024: Hơn 38.600 lượt người khuyết tật được phục hồi chức năng

Ngày cập nhật: 27/06/2024 15:20

6 tháng đầu năm 2024, Bệnh viện Phục hồi chức năng Nghệ An và các cơ sở y tế trên địa bàn tỉnh đã khám, điều trị phục hồi chức năng cho 38.652 lượt người khuyết tật, tăng 9,4% so với cùng kỳ năm 2023, đạt 53,6% kế hoạch năm. Riêng quý II/2024 có 20.118 lượt, tăng 8,5% so với quý I.

Chương trình phục hồi chức năng dựa vào cộng đồng được triển khai tại 312/412 xã, phường, thị trấn (chiếm 75,7%), tăng 24 xã so với cuối năm 2023. Cán bộ y tế cơ sở đã thực hiện 6.875 lượt thăm khám, hướng dẫn tập luyện tại nhà cho người khuyết tật nặng, bình quân 2,3 lượt/người. Nhiều địa phương làm tốt như Quỳnh Lưu (1.024 lượt), Diễn Châu (912 lượt), Yên Thành (865 lượt). Sau can thiệp, từ 30 đến 40% người bệnh cải thiện rõ khả năng vận động.

Trong số 1.256 trụ sở, cơ sở y tế, trường học được rà soát, có 438 công trình đạt quy chuẩn tiếp cận cho người khuyết tật theo QCVN 10:2014/BXD, chiếm 34,9%.

Hiện nay, tỷ lệ kỹ thuật viên phục hồi chức năng của tỉnh mới đạt 0,8 người/vạn dân. Năm 2024, ngành Y tế phấn đấu 100% bệnh viện tuyến huyện có khoa hoặc tổ phục hồi chức năng (hiện đạt 85%).

Bệnh viện Phục hồi chức năng Nghệ An: số 152 đường Nguyễn Sỹ Sách, TP Vinh; đường dây nóng 1900.9095.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Hơn 38.600 lượt", "38.600", 38600, "count", "lượt",
      "lượt người khuyết tật được phục hồi chức năng", H1, approx="over"),
    F("cho 38.652 lượt", "38.652", 38652, "count", "lượt",
      "lượt người khuyết tật được khám, điều trị phục hồi chức năng", H1, percent=53.6,
      change=CH("increase", 9.4, "%", "cùng kỳ năm 2023")),
    F("có 20.118 lượt", "20.118", 20118, "count", "lượt",
      "lượt khám, điều trị phục hồi chức năng", P("quý II/2024", "2024-04-01", "2024-06-30"),
      change=CH("increase", 8.5, "%", "quý I")),
    F("tại 312/412 xã", "312", 312, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn triển khai Chương trình phục hồi chức năng dựa vào cộng đồng",
      total=412, percent=75.7, change=CH("increase", 24, "xã", "cuối năm 2023")),
    F("thực hiện 6.875 lượt", "6.875", 6875, "count", "lượt",
      "lượt thăm khám, hướng dẫn tập luyện tại nhà cho người khuyết tật nặng", I(H1)),
    F("2,3 lượt/người", "2,3", 2.3, "measure", "lượt/người",
      "lượt thăm khám bình quân mỗi người khuyết tật nặng", I(H1)),
    F("Quỳnh Lưu (1.024 lượt)", "1.024", 1024, "count", "lượt",
      "lượt thăm khám, hướng dẫn tập luyện tại nhà", I(H1), location="Quỳnh Lưu"),
    F("Diễn Châu (912 lượt)", "912", 912, "count", "lượt",
      "lượt thăm khám, hướng dẫn tập luyện tại nhà", I(H1), location="Diễn Châu"),
    F("Yên Thành (865 lượt)", "865", 865, "count", "lượt",
      "lượt thăm khám, hướng dẫn tập luyện tại nhà", I(H1), location="Yên Thành"),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "người bệnh cải thiện rõ khả năng vận động sau can thiệp", value_max=40),
    F("Trong số 1.256 trụ sở", "1.256", 1256, "count", "trụ sở, cơ sở y tế, trường học",
      "trụ sở, cơ sở y tế, trường học được rà soát"),
    F("có 438 công trình", "438", 438, "count", "công trình",
      "công trình đạt quy chuẩn tiếp cận cho người khuyết tật", total=1256, percent=34.9),
    F("đạt 0,8 người/vạn dân", "0,8", 0.8, "measure", "người/vạn dân",
      "tỷ lệ kỹ thuật viên phục hồi chức năng"),
    F("phấn đấu 100% bệnh viện", "100", 100, "percent", "%",
      "bệnh viện tuyến huyện có khoa hoặc tổ phục hồi chức năng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("(hiện đạt 85%)", "85", 85, "percent", "%",
      "bệnh viện tuyến huyện có khoa hoặc tổ phục hồi chức năng"),
]

COMMENTS = [
    "Provincial department portal (Sở Y tế Nghệ An): rehabilitation for người khuyết tật, H1/2024, accessible buildings.",
    "Dateline 'Ngày cập nhật: 27/06/2024 15:20'. Not figures: 'QCVN 10:2014/BXD' (standard code), 'số 152 đường Nguyễn Sỹ Sách',",
    "hotline '1900.9095', 'quý I' (baseline only), '/vạn dân' (rate denominator).",
    "'Riêng quý II/2024 có 20.118 lượt' is a part of 38.652 but 'Riêng' is no part-of cue in FIGURES.md: no total.",
    "312/412 carries total 412, its bracketed share 75,7% and the change 'tăng 24 xã so với cuối năm 2023'; no period stated.",
    "'(hiện đạt 85%)' has its own verb inside the bracket: actual, not governed by 'phấn đấu' (target 100%).",
    "District items (Quỳnh Lưu ...) are parts of 6.875 without a cue and not adding up: no total.",
]

if __name__ == "__main__":
    emit("p663-8", TEXT, COMMENTS, FIGS, published="2024-06-27", location="Nghệ An")
