"""p1472-7: department site (Sở Tài nguyên và Môi trường Hà Nội), no dateline: PM2.5 in December 2024,
one-cell-per-line table with a district column, purifier advice, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG HÀ NỘI
Giới thiệu | Tin tức - Sự kiện | Quan trắc môi trường | Văn bản | Hỏi đáp

Chất lượng không khí tháng 12/2024 và khuyến cáo sử dụng máy lọc không khí

Theo kết quả từ 35 trạm quan trắc tự động, liên tục của thành phố, trong tháng 12/2024 có 19 ngày chỉ số chất lượng không khí (VN_AQI) ở mức kém và 4 ngày ở mức xấu. Nồng độ bụi mịn PM2.5 trung bình tháng tăng 7,6% so với cùng kỳ năm 2023.

Nồng độ bụi mịn PM2.5 trung bình tháng tại một số quận
Đơn vị tính: µg/m3
Quận
Tháng 12/2023
Tháng 12/2024
So với cùng kỳ (%)
Hoàn Kiếm
61,4
66,8
108,8
Cầu Giấy
58,9
63,2
107,3
Hà Đông
64,7
71,5
110,5
Long Biên
66,2
69,0
104,2
Bình quân toàn thành phố
62,8
67,6
107,6

Sở khuyến cáo người dân, nhất là trẻ em, người cao tuổi và người mắc bệnh hô hấp, hạn chế ra ngoài vào sáng sớm và tối muộn; sử dụng máy lọc không khí có màng lọc HEPA trong phòng kín và thay màng lọc đúng hạn.

Năm 2025, thành phố phấn đấu lắp đặt thêm 20 trạm quan trắc tự động, nâng tổng số trạm lên 55 trạm, và giảm ít nhất 10% số ngày có chỉ số AQI ở mức kém và xấu so với năm 2024.

Liên kết website | Sơ đồ cổng thông tin
Cơ quan chủ quản: Sở Tài nguyên và Môi trường Hà Nội
Địa chỉ: 18 Huỳnh Thúc Kháng, quận Đống Đa, Hà Nội
Điện thoại: 024.3773.1369
Lượt truy cập: 1.287.405
"""

DEC = per("trong tháng 12/2024", "2024-12-01", "2024-12-31")
C23 = per("Tháng 12/2023", "2023-12-01", "2023-12-31")
C24 = per("Tháng 12/2024", "2024-12-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = ["Tháng 12/2023", "Tháng 12/2024", "So với cùng kỳ (%)"]
SUB = "nồng độ bụi mịn PM2.5 trung bình tháng"

ROWS = [("Hoàn Kiếm", ["61,4", "66,8", "108,8"]), ("Cầu Giấy", ["58,9", "63,2", "107,3"]),
        ("Hà Đông", ["64,7", "71,5", "110,5"]), ("Long Biên", ["66,2", "69,0", "104,2"]),
        ("Bình quân toàn thành phố", ["62,8", "67,6", "107,6"])]
CELLS = []
for label, nums in ROWS:
    place = "Hà Nội" if label.startswith("Bình quân") else label
    extra = " bình quân toàn thành phố" if label.startswith("Bình quân") else ""
    prev = label
    for col, n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        anchor = f"{prev}\n{n}"
        if col == "Tháng 12/2023":
            CELLS.append(fig(anchor, n, v, "measure", "µg/m3", subject=f"{SUB}{extra} {col}", period=C23,
                             location=place))
        elif col == "Tháng 12/2024":
            CELLS.append(fig(anchor, n, v, "measure", "µg/m3", subject=f"{SUB}{extra} {col}", period=C24,
                             location=place))
        else:
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"{SUB}{extra} so với cùng kỳ",
                             period=inh(C24), location=place))
        prev = n

FIGS = [
    fig("từ 35 trạm", "35", 35, "count", "trạm", subject="trạm quan trắc tự động, liên tục của thành phố"),
    fig("có 19 ngày", "19", 19, "count", "ngày", subject="ngày chỉ số chất lượng không khí (VN_AQI) ở mức kém",
        period=DEC),
    fig("và 4 ngày", "4", 4, "count", "ngày", subject="ngày chỉ số chất lượng không khí ở mức xấu", period=DEC),
    fig("tăng 7,6%", "7,6", 7.6, "percent", "%", subject="nồng độ bụi mịn PM2.5 trung bình tháng",
        period=inh(DEC)),
] + CELLS + [
    fig("thêm 20 trạm", "20", 20, "count", "trạm", status="target",
        subject="trạm quan trắc tự động lắp đặt thêm", period=Y25),
    fig("lên 55 trạm", "55", 55, "count", "trạm", status="target", subject="tổng số trạm", period=Y25),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm số ngày có chỉ số AQI ở mức kém và xấu", period=Y25),
]

NOTES = [
    "Department site (Sở Tài nguyên và Môi trường Hà Nội) with NO dateline: menu, footer, address, phone, 'Lượt truy cập'.",
    "Distractors: 'tháng 12/2024' in the headline (no number as figure), 'VN_AQI', 'PM2.5' (several), baseline 'năm 2023'/'năm 2024',",
    "  '18 Huỳnh Thúc Kháng', phone 024.3773.1369, 'Lượt truy cập: 1.287.405', header months in the table.",
    "One-cell-per-line table with a place column ('Quận'): the district goes to location, not the subject;",
    "  the 'Bình quân toàn thành phố' row → Hà Nội, 'bình quân toàn thành phố' kept in the subject.",
    "  Unit µg/m3 from 'Đơn vị tính'; period from the month headers (scored); the 'So với cùng kỳ (%)' column is a percent",
    "  with the 2024 month inherited (not scored).",
    "'tăng 7,6%' (no base amount in its sentence) is a growth rate as the claim: percent, no change; month inherited.",
    "'Năm 2025, thành phố phấn đấu ...' → target for all three; 'giảm ít nhất 10% số ngày ... so với năm 2024' is a rate",
    "  as the claim (percent, at_least), no change object. The standing count '35 trạm' gets no period.",
]

if __name__ == "__main__":
    write("p1472-7", TEXT, NOTES, FIGS, location="Hà Nội")
