"""p744-7: department site (Chi cục Chăn nuôi và Thú y Bắc Giang), no dateline, one-cell-per-line price table Q2/2024."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẮC GIANG
Chi cục Chăn nuôi và Thú y
Trang chủ » Thông tin thị trường

Giá thức ăn chăn nuôi và nguyên liệu quý II/2024 tiếp tục giảm

Theo kết quả theo dõi của Chi cục tại 12 đại lý cấp I trên địa bàn tỉnh, giá bán lẻ thức ăn chăn nuôi và nguyên liệu chính trong quý II/2024 giảm nhẹ. Bình quân quý, giá thức ăn hỗn hợp cho lợn thịt giảm 2,8% so với quý I/2024.

Bảng: Giá bán lẻ bình quân một số mặt hàng
Đơn vị tính: đồng/kg

Mặt hàng
Tháng 4/2024
Tháng 5/2024
Tháng 6/2024
Hỗn hợp lợn thịt
12.650
12.500
12.300
Đậm đặc lợn thịt
18.900
18.700
18.600
Hỗn hợp gà thịt lông màu
11.900
11.800
11.700
Ngô hạt nhập khẩu
7.150
6.950
6.900
Khô dầu đậu tương
14.200
13.800
13.500

Tại các trang trại lợn quy mô trên 500 con, chi phí thức ăn chiếm khoảng 68% giá thành. Với giá lợn hơi tháng 6 dao động từ 64.000 đến 67.000 đồng/kg, người chăn nuôi lãi bình quân 700.000-900.000 đồng/con.

Chi cục khuyến cáo người chăn nuôi chọn thức ăn của cơ sở đã công bố tiêu chuẩn áp dụng, kiểm tra kỹ nhãn mác, hạn sử dụng. Mọi phản ánh về chất lượng thức ăn chăn nuôi xin liên hệ số điện thoại 0204.3854.725 hoặc trụ sở Chi cục tại số 1 Hùng Vương, TP Bắc Giang.

Tổng số lượt truy cập: 2.118.406
"""

Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
MONTHS = [("Tháng 4/2024", "2024-04-01", "2024-04-30"),
          ("Tháng 5/2024", "2024-05-01", "2024-05-31"),
          ("Tháng 6/2024", "2024-06-01", "2024-06-30")]
ROWS = [
    ("Hỗn hợp lợn thịt", ["12.650", "12.500", "12.300"]),
    ("Đậm đặc lợn thịt", ["18.900", "18.700", "18.600"]),
    ("Hỗn hợp gà thịt lông màu", ["11.900", "11.800", "11.700"]),
    ("Ngô hạt nhập khẩu", ["7.150", "6.950", "6.900"]),
    ("Khô dầu đậu tương", ["14.200", "13.800", "13.500"]),
]

FIGS = [
    F("tại 12 đại lý", "12", 12, "count", "đại lý", subject="đại lý cấp I được Chi cục theo dõi giá", period=Q2),
    F("giảm 2,8%", "2,8", 2.8, "percent", "%",
      subject="giá thức ăn hỗn hợp cho lợn thịt bình quân quý giảm so với quý I/2024", period=I(Q2)),
]
for label, cells in ROWS:
    for num, (mtext, ms, me) in zip(cells, MONTHS):
        FIGS.append(F("\n" + num + "\n", num, int(num.replace(".", "")), "money", "đồng/kg",
                      subject=f"giá bán lẻ bình quân {label} {mtext.lower()}",
                      period=P(mtext, ms, me)))
FIGS += [
    F("trên 500 con", "500", 500, "count", "con", approx="over",
      subject="quy mô trang trại lợn", optional=True),
    F("khoảng 68%", "68", 68, "percent", "%", approx="about",
      subject="chi phí thức ăn trong giá thành tại các trang trại lợn quy mô trên 500 con"),
    F("từ 64.000 đến 67.000 đồng/kg", "64.000", 64000, "money", "đồng/kg", value_max=67000,
      subject="giá lợn hơi", period=P("tháng 6", "2024-06-01", "2024-06-30")),
    F("700.000-900.000 đồng/con", "700.000", 700000, "money", "đồng/con", value_max=900000,
      subject="lãi bình quân của người chăn nuôi", period=P("tháng 6", "2024-06-01", "2024-06-30")),
]

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y Bắc Giang (department site): giá thức ăn chăn nuôi và nguyên liệu quý II/2024; NO dateline",
    "(published absent); `Tổng số lượt truy cập: 2.118.406` is page furniture. One-cell-per-line table with `Đơn vị tính: đồng/kg`:",
    "15 money cells, subject = indicator + row + column, period from the column header `Tháng N/2024` (scored, as in shared h23).",
    "`giảm 2,8% so với quý I/2024` stands alone: percent, no change. `tháng 6` takes 2024 from the table headers / quý II/2024.",
    "`quy mô trên 500 con` is a size threshold (optional). Distractors: cấp I, phone 0204.3854.725, số 1 Hùng Vương.",
]

if __name__ == "__main__":
    emit("p744-7", TEXT, COMMENTS, FIGS, published=None, location="Bắc Giang")
