"""p1166-8: provincial newspaper online (Báo Tây Ninh, '(BTN) -'): 6 months 2024, electronic records, storage building."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO TÂY NINH ONLINE
Thời sự | Chính trị | Kinh tế | Xã hội

Gần 40% cơ quan cấp tỉnh đã nộp lưu hồ sơ điện tử

Cập nhật lúc 09:20, Thứ Sáu, 19/07/2024

(BTN) - 6 tháng đầu năm, Trung tâm Lưu trữ lịch sử tỉnh đã tiếp nhận 2.184 hồ sơ điện tử của 9/23 cơ quan, tổ chức thuộc nguồn nộp lưu, tăng 1.126 hồ sơ so với cùng kỳ. Bên cạnh đó, Trung tâm thu thập 58 mét giá tài liệu giấy, bằng 48,3% kế hoạch năm; thẩm định, tiêu hủy 73 mét giá tài liệu hết giá trị của 5 cơ quan.

Tại huyện Gò Dầu, Phòng Nội vụ huyện đã hướng dẫn 9 xã, thị trấn chỉnh lý 36 mét giá tài liệu, lập 2.905 hồ sơ. Xã Thanh Phước là địa phương đầu tiên của huyện hoàn thành số hóa toàn bộ sổ bộ hộ tịch, với 11.420 trang. Mỗi trang sau khi scan được đặt tên, gắn mã hồ sơ và kiểm tra lại; xã bố trí 3 công chức luân phiên thực hiện ngoài giờ hành chính.

Ông Phạm Văn Tâm, Giám đốc Trung tâm cho biết, công trình Kho lưu trữ chuyên dụng tỉnh có diện tích sàn 4.600 m2, tổng mức đầu tư 96,5 tỷ đồng. Hiện công trình đã hoàn thành khoảng 65% khối lượng, dự kiến đưa vào sử dụng trong quý I/2025.

Ước cả năm 2024, Trung tâm số hóa khoảng 720.000 trang tài liệu. 6 tháng cuối năm, Trung tâm phấn đấu số hóa 350.000 trang, nâng tỷ lệ tài liệu được số hóa lên trên 30%; tổ chức trưng bày chuyên đề "Tây Ninh - 50 năm thống nhất non sông".

THANH TÙNG
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
GD = "Gò Dầu"

FIGS = [
    fig("Gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="cơ quan cấp tỉnh đã nộp lưu hồ sơ điện tử"),
    fig("tiếp nhận 2.184 hồ sơ", "2.184", 2184, "count", "hồ sơ điện tử",
        change=chg("increase", 1126, "hồ sơ", "cùng kỳ"), subject="hồ sơ điện tử tiếp nhận", period=H1),
    fig("của 9/23", "9", 9, "count", "cơ quan, tổ chức", total=23,
        subject="cơ quan, tổ chức thuộc nguồn nộp lưu nộp hồ sơ điện tử", period=H1),
    fig("thu thập 58 mét giá", "58", 58, "measure", "mét giá", percent=48.3,
        subject="tài liệu giấy thu thập", period=inh(H1)),
    fig("tiêu hủy 73 mét giá", "73", 73, "measure", "mét giá",
        subject="tài liệu hết giá trị thẩm định, tiêu hủy", period=inh(H1)),
    fig("của 5 cơ quan", "5", 5, "count", "cơ quan",
        subject="cơ quan có tài liệu hết giá trị tiêu hủy", period=inh(H1)),
    fig("hướng dẫn 9 xã", "9", 9, "count", "xã, thị trấn", location=GD,
        subject="xã, thị trấn chỉnh lý tài liệu"),
    fig("chỉnh lý 36 mét giá", "36", 36, "measure", "mét giá", location=GD,
        subject="tài liệu cấp xã chỉnh lý"),
    fig("lập 2.905 hồ sơ", "2.905", 2905, "count", "hồ sơ", location=GD,
        subject="hồ sơ cấp xã lập"),
    fig("với 11.420 trang", "11.420", 11420, "count", "trang", location=GD,
        subject="trang sổ bộ hộ tịch xã Thanh Phước số hóa"),
    fig("bố trí 3 công chức", "3", 3, "count", "công chức", location=GD,
        subject="công chức xã Thanh Phước luân phiên số hóa sổ bộ hộ tịch"),
    fig("diện tích sàn 4.600 m2", "4.600", 4600, "measure", "m2",
        subject="diện tích sàn Kho lưu trữ chuyên dụng tỉnh"),
    fig("tổng mức đầu tư 96,5 tỷ", "96,5", 96500000000, "money", "đồng",
        subject="tổng mức đầu tư Kho lưu trữ chuyên dụng tỉnh"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="khối lượng công trình Kho lưu trữ chuyên dụng đã hoàn thành"),
    fig("khoảng 720.000 trang", "720.000", 720000, "count", "trang", approx="about", status="estimate",
        subject="trang tài liệu số hóa", period=Y24),
    fig("số hóa 350.000 trang", "350.000", 350000, "count", "trang", status="target",
        subject="trang tài liệu số hóa", period=H2),
    fig("trên 30%", "30", 30, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tài liệu được số hóa", period=H2),
]

NOTES = [
    "Provincial newspaper online (Báo Tây Ninh): menu, headline figure, 'Cập nhật lúc 09:20, Thứ Sáu, 19/07/2024', tag '(BTN) -'.",
    "The text says only 'tỉnh'; the tag and the districts imply Tây Ninh (default location). Gò Dầu figures take the district.",
    "Distractors: 09:20, 'quý I/2025' (a date for handover), '50 năm thống nhất non sông' (title of an exhibition).",
    "Year-less '6 tháng đầu năm' / '6 tháng cuối năm' take 2024 from the dateline. 'tăng 1.126 hồ sơ so với cùng kỳ' is the change",
    "of 2.184. 9/23 → total 23. 'bằng 48,3% kế hoạch năm' → percent of 58 mét giá. 'Bên cạnh đó' sentence inherits the half-year.",
    "Headline 'Gần 40%' has no period. 'Hiện … khoảng 65% khối lượng' is construction progress, a percent of its own.",
    "'Ước cả năm 2024' → estimate; '6 tháng cuối năm … phấn đấu' → target for 350.000 and 'trên 30%'.",
]

if __name__ == "__main__":
    write("p1166-8", TEXT, NOTES, FIGS, published="2024-07-19", location="Tây Ninh")
