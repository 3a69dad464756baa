"""p1399-7: department site (Sở Y tế Gia Lai), no dateline, one-cell-per-line table of antivenom vials."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH GIA LAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Gia Lai chủ động cơ số huyết thanh kháng nọc rắn

Gia Lai có diện tích rừng và đất rẫy lớn nên số ca rắn cắn luôn ở mức cao. Năm 2024, các cơ sở y tế trong tỉnh ước tiếp nhận khoảng 530 ca rắn cắn, trong đó khoảng 310 ca do rắn độc. Tỷ lệ điều trị thành công năm 2024 đạt 97,4%, cao hơn 1,2 điểm phần trăm so với năm 2023.

Tình hình sử dụng và kế hoạch cung ứng huyết thanh kháng nọc rắn
Đơn vị tính: lọ
Loại huyết thanh
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Kháng nọc rắn lục tre
820
905
1.000
Kháng nọc rắn hổ đất
460
512
560
Kháng nọc rắn cạp nia
35
48
60
Tổng số
1.315
1.465
1.620

Sở Y tế giao Bệnh viện Đa khoa tỉnh làm đầu mối dự trữ, điều phối huyết thanh cho 17 trung tâm y tế huyện, thị xã, thành phố. Mỗi trung tâm y tế được cấp cơ số tối thiểu 20 lọ; riêng 4 huyện có nhiều ca rắn cắn là Krông Pa, Ia Pa, Chư Prông và Đức Cơ được cấp 40 lọ. Việc nhập, xuất huyết thanh được cập nhật hằng ngày trên phần mềm HIS 3.0.

Người dân khi bị rắn cắn cần đến ngay cơ sở y tế gần nhất hoặc gọi đường dây nóng 0269.3824.115.

SỞ Y TẾ TỈNH GIA LAI
Địa chỉ: 09 Trần Hưng Đạo, phường Tây Sơn, TP Pleiku
Điện thoại: 0269.3824.316
Lượt truy cập: 1.904.277 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Kháng nọc rắn lục tre", ["820", "905", "1.000"]),
        ("Kháng nọc rắn hổ đất", ["460", "512", "560"]),
        ("Kháng nọc rắn cạp nia", ["35", "48", "60"]),
        ("Tổng số", ["1.315", "1.465", "1.620"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        row = "huyết thanh " + label.lower() if label != "Tổng số" else "tổng số huyết thanh kháng nọc rắn"
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "lọ",
                           subject=f"{row} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("khoảng 530 ca", "530", 530, "count", "ca", approx="about", status="estimate",
        subject="ca rắn cắn được tiếp nhận", period=Y24),
    fig("khoảng 310 ca", "310", 310, "count", "ca", approx="about", status="estimate", total=530,
        subject="ca do rắn độc", period=Y24),
    fig("đạt 97,4%", "97,4", 97.4, "percent", "%",
        change=chg("increase", 1.2, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ điều trị thành công", period=Y24b),
] + cells() + [
    fig("cho 17 trung tâm", "17", 17, "count", "trung tâm y tế",
        subject="trung tâm y tế huyện, thị xã, thành phố được điều phối huyết thanh"),
    fig("tối thiểu 20 lọ", "20", 20, "count", "lọ", approx="at_least",
        subject="cơ số huyết thanh mỗi trung tâm y tế được cấp"),
    fig("riêng 4 huyện", "4", 4, "count", "huyện", subject="huyện có nhiều ca rắn cắn"),
    fig("cấp 40 lọ", "40", 40, "count", "lọ",
        subject="cơ số huyết thanh các huyện có nhiều ca rắn cắn được cấp"),
]

NOTES = [
    "Department site (Sở Y tế Gia Lai), no dateline: menu, footer address, phones, 'Lượt truy cập: 1.904.277 | Đang trực tuyến: 52'.",
    "Distractors: 'HIS 3.0', hotline 0269.3824.115, phone 0269.3824.316, '09 Trần Hưng Đạo', counters; the four district names (a list, not places of one figure).",
    "'ước tiếp nhận khoảng 530 ca, trong đó khoảng 310 ca' → estimate + about for both; the part takes total 530 and the whole's status.",
    "'Tỷ lệ ... đạt 97,4%, cao hơn 1,2 điểm phần trăm so với năm 2023' → percent figure with a change in điểm phần trăm (a level, not a growth rate).",
    "One-cell-per-line table, 'Đơn vị tính: lọ': subject = row + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total. 820+460+35 = 1.315, 905+512+48 = 1.465, 1.000+560+60 = 1.620.",
    "'Mỗi trung tâm y tế được cấp cơ số tối thiểu 20 lọ' → a per-centre allotment, count lọ (at_least), no period; '40 lọ' for the four districts stays Gia Lai.",
]

if __name__ == "__main__":
    write("p1399-7", TEXT, NOTES, FIGS, location="Gia Lai")
