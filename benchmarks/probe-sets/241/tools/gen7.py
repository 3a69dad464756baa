from lib import Doc, P, C, T

TEXT = """CỤC THỐNG KÊ TỈNH BÌNH ĐỊNH
Giá nhóm thuốc và dịch vụ y tế tháng 8/2024 tăng nhẹ
Ngày xuất bản: 06/09/2024

Chỉ số giá tiêu dùng (CPI) tháng 8/2024 trên địa bàn tỉnh Bình Định tăng 0,21% so với tháng trước. Trong các nhóm hàng hóa và dịch vụ chính, nhóm thuốc và dịch vụ y tế tăng 0,46%, có mức tăng cao thứ hai sau nhóm giáo dục, chủ yếu do giá một số loại thuốc tân dược tăng theo giá nguyên liệu nhập khẩu.

Chỉ số giá nhóm thuốc và dịch vụ y tế tháng 8/2024
Đơn vị tính: %
Nhóm hàng
So với tháng trước
So với tháng 12/2023
So với cùng kỳ năm 2023
Thuốc và dịch vụ y tế
0,46
1,85
4,12
- Thuốc các loại
0,73
2,64
5,37
- Dịch vụ y tế
0,12
0,94
2,76

Bình quân 8 tháng năm 2024, chỉ số giá nhóm thuốc và dịch vụ y tế tăng 3,95% so với cùng kỳ, góp phần làm CPI chung tăng khoảng 0,2 điểm phần trăm.

Theo Sở Y tế Bình Định, từ đầu năm đến ngày 31/8/2024, Sở đã tiếp nhận và công bố kê khai giá của 1.684 lượt thuốc; trong đó có 312 lượt kê khai tăng giá, mức tăng phổ biến từ 3% đến 12%, cá biệt có mặt hàng tăng trên 20% (thuốc điều trị ung thư nhập khẩu). Giá thuốc bán lẻ tại các nhà thuốc trên địa bàn thành phố Quy Nhơn, thị xã An Nhơn nhìn chung ổn định, không có biến động bất thường. Tỷ lệ nhà thuốc đạt chuẩn GPP trên địa bàn tỉnh thực hiện niêm yết giá đạt 98,6%.

Người dân có thể phản ánh về giá thuốc qua số điện thoại 0256.3822.354 (Thanh tra Sở Y tế), trong giờ hành chính từ 7 giờ đến 17 giờ.

Số lượt xem: 542
"""

d = Doc("p241-7", TEXT, [
    "Cục Thống kê tỉnh Bình Định (department site), 'Ngày xuất bản: 06/09/2024', view counter at the end: CPI nhóm thuốc và dịch vụ y tế tháng 8/2024; kê khai giá thuốc.",
    "One-cell-per-line table: 'Đơn vị tính: %', header rows 'So với tháng trước | So với tháng 12/2023 | So với cùng kỳ năm 2023'; each cell is a percent figure",
    "(a growth rate as the claim, no change object), subject = column + row; period 'tháng 8/2024' from the table title (inherited).",
    "Growth rates in the text are percent figures; 0,46% and 'thứ hai' (rank) take 'tháng 8/2024' from the previous sentence (inherited).",
    "'từ đầu năm đến ngày 31/8/2024' = 2024-01-01 … 2024-08-31; 312 is part of 1.684 ('trong đó'); 'từ 3% đến 12%' is a range; 'trên 20%' over.",
    "'khoảng 0,2 điểm phần trăm' is a contribution measured in percentage points (measure). Distractors: phone 0256.3822.354, office hours, 'tháng 12/2023', 'Số lượt xem: 542'.",
], published="2024-09-06", location="Bình Định")

p8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
p8i = P("tháng 8/2024", "2024-08-01", "2024-08-31", inherited=True)
d.f("tăng 0,21%", "0,21", 0.21, "percent", "%",
    subject="Chỉ số giá tiêu dùng (CPI) so với tháng trước", period=p8)
d.f("y tế tăng 0,46%", "0,46", 0.46, "percent", "%",
    subject="chỉ số giá nhóm thuốc và dịch vụ y tế so với tháng trước", period=p8i)
d.f("cao thứ hai", "hai", 2, "rank", "hạng",
    subject="mức tăng giá nhóm thuốc và dịch vụ y tế", period=p8i)

cols = ["so với tháng trước", "so với tháng 12/2023", "so với cùng kỳ năm 2023"]
rows = [("Thuốc và dịch vụ y tế", "chỉ số giá nhóm thuốc và dịch vụ y tế", ["0,46", "1,85", "4,12"]),
        ("- Thuốc các loại", "chỉ số giá thuốc các loại", ["0,73", "2,64", "5,37"]),
        ("- Dịch vụ y tế", "chỉ số giá dịch vụ y tế", ["0,12", "0,94", "2,76"])]
for label, subj, cells in rows:
    for i, num in enumerate(cells):
        anchor = f"{label}\n{num}\n" if i == 0 else f"\n{num}\n"
        d.f(anchor, num, float(num.replace(",", ".")), "percent", "%",
            subject=f"{subj} {cols[i]}", period=p8i)

d.f("tăng 3,95%", "3,95", 3.95, "percent", "%",
    subject="chỉ số giá nhóm thuốc và dịch vụ y tế bình quân so với cùng kỳ",
    period=P("Bình quân 8 tháng năm 2024", "2024-01-01", "2024-08-31"))
d.f("khoảng 0,2 điểm phần trăm", "0,2", 0.2, "measure", "điểm phần trăm", approx="about",
    subject="mức đóng góp làm tăng CPI chung",
    period=P("Bình quân 8 tháng năm 2024", "2024-01-01", "2024-08-31"))
pk = P("từ đầu năm đến ngày 31/8/2024", "2024-01-01", "2024-08-31")
d.f("của 1.684 lượt", "1.684", 1684, "count", "lượt", subject="lượt thuốc kê khai giá được tiếp nhận, công bố", period=pk)
d.f("có 312 lượt", "312", 312, "count", "lượt", total=1684, subject="lượt kê khai tăng giá", period=pk)
d.f("từ 3% đến 12%", "3", 3, "percent", "%", value_max=12,
    subject="mức tăng giá phổ biến", period=pk)
d.f("trên 20%", "20", 20, "percent", "%", approx="over",
    subject="mức tăng giá cá biệt (thuốc điều trị ung thư nhập khẩu)", period=pk)
d.f("đạt 98,6%", "98,6", 98.6, "percent", "%",
    subject="tỷ lệ nhà thuốc đạt chuẩn GPP thực hiện niêm yết giá")
d.write()
