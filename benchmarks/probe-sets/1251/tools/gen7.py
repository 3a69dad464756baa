"""p1251-7: department site (Chi cục Kiểm lâm Hải Dương), no dateline: Đảo cò Chi Lăng Nam (Thanh Miện), one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC KIỂM LÂM TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Bảo tồn thiên nhiên | Văn bản pháp quy | Liên hệ

Đảo cò Chi Lăng Nam: đàn chim tăng đều qua các năm

Đảo cò Chi Lăng Nam thuộc xã Chi Lăng Nam, huyện Thanh Miện, là một hòn đảo nhỏ rộng khoảng 1,5 ha nằm giữa hồ nước rộng gần 4 ha. Vào mùa sinh sản, trên đảo có tới 15 loài chim, cò sinh sống, nhiều nhất là cò trắng và vạc. Khu đảo được xếp hạng di tích lịch sử - văn hóa cấp quốc gia năm 1998.

Số lượng chim, cò trên đảo qua các năm
Đơn vị tính: nghìn con
Loài
Năm 2022
Năm 2023
Ước tính năm 2024
Cò trắng
8,1
8,9
9,4
Vạc
3,6
4,0
4,1
Cò ruồi
1,5
1,7
1,8
Loài khác
1,0
1,1
1,2
Tổng số
14,2
15,7
16,5

Năm 2023, Hạt Kiểm lâm huyện Thanh Miện phối hợp với UBND xã tổ chức 48 lượt tuần tra, lắp đặt 6 camera giám sát quanh hồ; UBND xã thả 2 tấn cá giống xuống hồ để tạo nguồn thức ăn cho đàn chim. Tổ bảo vệ đảo cò gồm 7 thành viên, được hỗ trợ 2,5 triệu đồng/người/tháng. Cũng trong năm 2023, khu di tích đảo cò đón khoảng 25.000 lượt khách.

Bài viết khác:
- Hải Dương triển khai Tháng hành động vì đa dạng sinh học
- Phòng cháy, chữa cháy rừng mùa khô 2023-2024

CHI CỤC KIỂM LÂM TỈNH HẢI DƯƠNG
Địa chỉ: Số 264 đường Nguyễn Văn Linh, TP Hải Dương
Điện thoại: 0220.3891.326 | Lượt truy cập: 1.204.557
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước tính năm 2024", "2024-01-01", "2024-12-31")
Y23b = per("trong năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("ước tính năm 2024", E24, "estimate")]
ROWS = [("Cò trắng", ["8,1", "8,9", "9,4"]), ("Vạc", ["3,6", "4,0", "4,1"]),
        ("Cò ruồi", ["1,5", "1,7", "1,8"]), ("Loài khác", ["1,0", "1,1", "1,2"]),
        ("Tổng số", ["14,2", "15,7", "16,5"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"tổng số chim, cò {col}" if label == "Tổng số" else f"số lượng {label.lower()} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "count", "con",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("khoảng 1,5 ha", "1,5", 1.5, "measure", "ha", approx="about", subject="diện tích đảo cò"),
    fig("gần 4 ha", "4", 4, "measure", "ha", approx="nearly", subject="diện tích hồ nước"),
    fig("tới 15 loài", "15", 15, "count", "loài", subject="loài chim, cò sinh sống trên đảo vào mùa sinh sản"),
] + CELLS + [
    fig("48 lượt", "48", 48, "count", "lượt", subject="lượt tuần tra", period=Y23),
    fig("6 camera", "6", 6, "count", "camera", subject="camera giám sát lắp đặt quanh hồ", period=Y23),
    fig("thả 2 tấn", "2", 2, "measure", "tấn", subject="cá giống UBND xã thả xuống hồ", period=Y23),
    fig("7 thành viên", "7", 7, "count", "thành viên", subject="thành viên tổ bảo vệ đảo cò"),
    fig("2,5 triệu", "2,5", 2.5e6, "money", "đồng/người/tháng", subject="mức hỗ trợ thành viên tổ bảo vệ đảo cò"),
    fig("khoảng 25.000", "25.000", 25000, "count", "lượt khách", approx="about",
        subject="lượt khách khu di tích đảo cò đón", period=Y23b),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm Hải Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Số 264', the listing year 'năm 1998', phone 0220.3891.326, 'Lượt truy cập: 1.204.557', 'mùa khô 2023-2024' in a link, 'xã Chi Lăng Nam'.",
    "Location Thanh Miện (the island is in huyện Thanh Miện) for every figure, the table included.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn con' → cells are counts in con ×10^3; subject = row + column label;",
    "periods from the column headers (scored); 'Ước tính năm 2024' → estimate; cells get no total (also the Tổng số row).",
    "'có tới 15 loài' → exact ('tới' stresses, it does not bound). '2,5 triệu đồng/người/tháng' → unit as written.",
    "'Tổ bảo vệ đảo cò gồm 7 thành viên' has no whole before 'gồm': no total; a standing count, no period.",
]

if __name__ == "__main__":
    write("p1251-7", TEXT, NOTES, FIGS, location="Thanh Miện")
