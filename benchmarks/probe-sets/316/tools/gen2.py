from lib import Doc, P, C, T

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ - CỤC SỞ HỮU TRÍ TUỆ
Tin hoạt động
Ngày đăng: 18/07/2024

Tình hình tiếp nhận và xử lý đơn sở hữu công nghiệp 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, Cục Sở hữu trí tuệ đã tiếp nhận tổng cộng 84.512 đơn các loại, tăng 6,3% so với cùng kỳ năm 2023; xử lý 79.840 đơn và cấp 26.115 văn bằng bảo hộ. Số đơn tồn đọng giảm còn khoảng 21.600 đơn, thấp nhất trong 5 năm gần đây.

Kết quả tiếp nhận, xử lý đơn đăng ký xác lập quyền sở hữu công nghiệp 6 tháng đầu năm
Đơn vị tính: đơn
Loại đơn | Tiếp nhận | Xử lý | Cấp văn bằng
Sáng chế | 5.046 | 4.212 | 2.018
Giải pháp hữu ích | 412 | 389 | 176
Kiểu dáng công nghiệp | 1.987 | 2.104 | 1.365
Nhãn hiệu | 31.286 | 33.570 | 19.840

Đáng chú ý, người nộp đơn Việt Nam đã nộp 802 đơn sáng chế, chiếm 15,9% tổng số đơn sáng chế, tăng 21,3% so với cùng kỳ. Các địa phương có nhiều đơn đăng ký nhãn hiệu nhất là TP Hồ Chí Minh (9.814 đơn), Hà Nội (7.236 đơn) và Bình Dương (1.102 đơn). Ở nhóm đơn sáng chế nộp từ nước ngoài, Nhật Bản dẫn đầu với 1.021 đơn, tiếp theo là Hoa Kỳ 887 đơn và Hàn Quốc 604 đơn.

Theo Cục trưởng, việc triển khai Luật Sở hữu trí tuệ sửa đổi năm 2022 và Nghị định số 65/2023/NĐ-CP đã giúp rút ngắn thời gian xử lý. Năm 2024, Cục đặt mục tiêu xử lý trên 150.000 đơn, đưa thời gian thẩm định nội dung đơn nhãn hiệu xuống dưới 12 tháng.

Mọi thắc mắc xin liên hệ Phòng Tiếp nhận đơn, số 386 Nguyễn Trãi, quận Thanh Xuân, Hà Nội; điện thoại 024.3858.3069.
"""

d = Doc("p316-2", TEXT, [
    "Cục Sở hữu trí tuệ (ministry site): applications received, processed, titles granted, first half of 2024. Dateline 'Ngày đăng: 18/07/2024' (no time).",
    "Distractors: 'Luật Sở hữu trí tuệ sửa đổi năm 2022', 'Nghị định số 65/2023/NĐ-CP', address 'số 386 Nguyễn Trãi, quận Thanh Xuân, Hà Nội', phone.",
    "Flattened '|' table (Đơn vị tính: đơn): every cell a figure, subject = row + column label, period from the caption (year-less, 2024 from",
    "  the sentence above): inherited. No totals for table cells.",
    "'giảm còn khoảng 21.600 đơn' states only the new level (no change). 'thấp nhất trong 5 năm gần đây' a span: optional.",
    "'802 đơn sáng chế, chiếm 15,9% …, tăng 21,3% so với cùng kỳ': share and change attach to 802; no total (no whole stated as a cue).",
    "Provinces list -> location; foreign applicant countries (Nhật Bản, Hoa Kỳ, Hàn Quốc) are not places of the figure: location Việt Nam.",
    "Targets of 2024 ('đặt mục tiêu'): 'trên 150.000 đơn' and 'dưới 12 tháng' (measure, a processing time, not a period).",
], published="2024-07-18", location="Việt Nam")

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Tb = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

d.f("tổng cộng 84.512 đơn", "84.512", 84512, "count", "đơn", "đơn các loại Cục Sở hữu trí tuệ tiếp nhận",
    change=C("increase", 6.3, "%", "cùng kỳ năm 2023"), period=H1)
d.f("xử lý 79.840 đơn", "79.840", 79840, "count", "đơn", "đơn được xử lý", period=H1)
d.f("cấp 26.115 văn bằng", "26.115", 26115, "count", "văn bằng", "văn bằng bảo hộ được cấp", period=H1)
d.f("khoảng 21.600 đơn", "21.600", 21600, "count", "đơn", "số đơn tồn đọng", approx="about", period=H1i)
d.f("trong 5 năm gần đây", "5", 5, "measure", "năm", optional=True)

rows = [
    ("Sáng chế", ["5.046", "4.212", "2.018"]),
    ("Giải pháp hữu ích", ["412", "389", "176"]),
    ("Kiểu dáng công nghiệp", ["1.987", "2.104", "1.365"]),
    ("Nhãn hiệu", ["31.286", "33.570", "19.840"]),
]
cols = ["Tiếp nhận", "Xử lý", "Cấp văn bằng"]
for label, cells in rows:
    for i, (col, cell) in enumerate(zip(cols, cells)):
        if i == 0:
            anchor = f"{label} | {cell} |"
        elif i == 1:
            anchor = f"| {cells[0]} | {cell} |"
        else:
            anchor = f"| {cells[1]} | {cell}\n"
        unit = "văn bằng" if col == "Cấp văn bằng" else "đơn"
        d.f(anchor, cell, int(cell.replace(".", "")), "count", "đơn", f"{label} {col.lower()}", period=Tb)

d.f("nộp 802 đơn", "802", 802, "count", "đơn", "đơn sáng chế của người nộp đơn Việt Nam", percent=15.9,
    change=C("increase", 21.3, "%", "cùng kỳ"), period=H1i)
d.f("(9.814 đơn)", "9.814", 9814, "count", "đơn", "đơn đăng ký nhãn hiệu", location="TP Hồ Chí Minh", period=H1i)
d.f("(7.236 đơn)", "7.236", 7236, "count", "đơn", "đơn đăng ký nhãn hiệu", location="Hà Nội", period=H1i)
d.f("(1.102 đơn)", "1.102", 1102, "count", "đơn", "đơn đăng ký nhãn hiệu", location="Bình Dương", period=H1i)
d.f("với 1.021 đơn", "1.021", 1021, "count", "đơn", "đơn sáng chế nộp từ nước ngoài", period=H1i)
d.f("Hoa Kỳ 887 đơn", "887", 887, "count", "đơn", "đơn sáng chế nộp từ nước ngoài", period=H1i)
d.f("Hàn Quốc 604 đơn", "604", 604, "count", "đơn", "đơn sáng chế nộp từ nước ngoài", period=H1i)
d.f("trên 150.000 đơn", "150.000", 150000, "count", "đơn", "đơn được xử lý", approx="over", status="target", period=Y24)
d.f("dưới 12 tháng", "12", 12, "measure", "tháng", "thời gian thẩm định nội dung đơn nhãn hiệu", approx="under",
    status="target", period=Y24)
d.write()
