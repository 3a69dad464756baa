"""p1062-8: provincial newspaper online (Báo Bình Dương), headline figure and (BDO) tag, Q1/2025."""
from lib import F, P, chg, tgt, write

TEXT = """Kinh tế › Giao thông
Quý I, hơn 7,2 triệu lượt xe qua các trạm thu phí trên Quốc lộ 13
Cập nhật: 10/04/2025 15:42

(BDO) - Theo Sở Giao thông vận tải, quý I/2025, hai trạm thu phí trên tuyến Quốc lộ 13 (Đại lộ Bình Dương) ghi nhận hơn 7,2 triệu lượt xe qua trạm, tăng 4,8% so với cùng kỳ năm 2024. Trong đó, trạm Vĩnh Phú (TP.Thuận An) đạt 4,05 triệu lượt, trạm Suối Giữa (TP.Thủ Dầu Một) đạt 3,17 triệu lượt.

Doanh thu phí quý I ước đạt 186,5 tỷ đồng, bằng 24,6% kế hoạch năm. Tỷ lệ xe thanh toán qua ETC đạt 98,2%; số giao dịch lỗi do tài khoản không đủ số dư còn khoảng 3.400 trường hợp, giảm 27% so với quý IV/2024. Mức phí thấp nhất tại trạm Vĩnh Phú là 15.000 đồng/lượt, cao nhất 140.000 đồng/lượt.

Toàn tỉnh hiện có khoảng 512.000 ô tô đang lưu hành, trong đó hơn 486.000 xe đã dán thẻ, chiếm 95%. Đến nay, thanh toán không dùng tiền mặt qua tài khoản giao thông đã được mở rộng tại 12 bãi đỗ xe và 4 bến xe khách trên địa bàn, theo Nghị định số 119/2024/NĐ-CP.

Dự kiến trong quý II/2025, lưu lượng qua các trạm đạt khoảng 7,5 triệu lượt. Mục tiêu năm 2025, doanh thu phí của tuyến đạt 758 tỷ đồng; số phương tiện dán thẻ tăng thêm ít nhất 20.000 xe.

Người dân phản ánh về thu phí qua đường dây nóng 0274.3822.916 hoặc trực tiếp tại Trạm Vĩnh Phú, Km 5+800 Quốc lộ 13.

Thanh Tùng
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Q1i = P("quý I/2025", "2025-01-01", "2025-03-31", inherited=True)

FIGS = [
    F("hơn 7,2 triệu lượt xe qua các trạm", "7,2", 7_200_000, "count", "lượt xe", "lượt xe qua các trạm thu phí trên Quốc lộ 13",
      P("Quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("hai trạm", "hai", 2, "count", "trạm", "trạm thu phí trên tuyến Quốc lộ 13", Q1),
    F("hơn 7,2 triệu lượt xe qua trạm,", "7,2", 7_200_000, "count", "lượt xe", "lượt xe qua hai trạm thu phí trên Quốc lộ 13", Q1,
      approx="over", change=chg("increase", 4.8, baseline="cùng kỳ năm 2024")),
    F("đạt 4,05 triệu lượt", "4,05", 4_050_000, "count", "lượt", "lượt xe qua trạm Vĩnh Phú", Q1i,
      total=7_200_000, location="Thuận An"),
    F("đạt 3,17 triệu lượt", "3,17", 3_170_000, "count", "lượt", "lượt xe qua trạm Suối Giữa", Q1i,
      total=7_200_000, location="Thủ Dầu Một"),
    F("ước đạt 186,5 tỷ đồng", "186,5", 186_500_000_000, "money", "đồng", "doanh thu phí",
      P("quý I", "2025-01-01", "2025-03-31"), percent=24.6, status="estimate"),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ xe thanh toán qua ETC", Q1i),
    F("khoảng 3.400 trường hợp", "3.400", 3400, "count", "trường hợp", "giao dịch lỗi do tài khoản không đủ số dư", Q1i,
      approx="about", change=chg("decrease", 27, baseline="quý IV/2024")),
    F("là 15.000 đồng/lượt", "15.000", 15_000, "money", "đồng/lượt", "mức phí thấp nhất tại trạm Vĩnh Phú", location="Thuận An"),
    F("cao nhất 140.000 đồng/lượt", "140.000", 140_000, "money", "đồng/lượt", "mức phí cao nhất tại trạm Vĩnh Phú",
      location="Thuận An"),
    F("khoảng 512.000 ô tô", "512.000", 512_000, "count", "ô tô", "ô tô đang lưu hành toàn tỉnh", approx="about"),
    F("hơn 486.000 xe", "486.000", 486_000, "count", "xe", "xe đã dán thẻ", approx="over", total=512_000, percent=95),
    F("tại 12 bãi", "12", 12, "count", "bãi đỗ xe", "bãi đỗ xe thanh toán không dùng tiền mặt qua tài khoản giao thông",
      P("Đến nay", None, "2025-04-10")),
    F("và 4 bến", "4", 4, "count", "bến xe khách", "bến xe khách thanh toán không dùng tiền mặt qua tài khoản giao thông",
      P("Đến nay", None, "2025-04-10")),
    F("khoảng 7,5 triệu lượt", "7,5", 7_500_000, "count", "lượt", "lưu lượng qua các trạm",
      P("trong quý II/2025", "2025-04-01", "2025-06-30"), approx="about", status="forecast"),
    F("đạt 758 tỷ đồng", "758", 758_000_000_000, "money", "đồng", "doanh thu phí của tuyến",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("ít nhất 20.000 xe", "20.000", 20_000, "count", "xe", "phương tiện dán thẻ tăng thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Báo Bình Dương online (invented): lượt xe, doanh thu qua 2 trạm thu phí Quốc lộ 13 quý I/2025; headline figure, '(BDO) -' tag.",
    "Not figures: Quốc lộ 13, Nghị định số 119/2024/NĐ-CP, 0274.3822.916, 'Km 5+800', 'Cập nhật: 10/04/2025 15:42', quý IV/2024 as baseline.",
    "Headline 'Quý I' has no year: published 2025. The two station counts after 'Trong đó' (a new sentence) take the 7,2 triệu",
    "whole (4,05 + 3,17 = 7,22) and their own city (TP.Thuận An, TP.Thủ Dầu Một) as location; the Vĩnh Phú fees are Thuận An.",
    "'Đến nay' is as-of the dateline. 'Mục tiêu năm 2025' governs both clauses after ';' (target).",
]

if __name__ == "__main__":
    write("p1062-8", TEXT, FIGS, published="2025-04-10", location="Bình Dương", notes=NOTES)
