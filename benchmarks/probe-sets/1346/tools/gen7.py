"""p1346-7: department site (Sở NN&PTNT Bình Định), no dateline; one-cell-per-line table of fish cages by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
Giới thiệu | Tin tức | Văn bản | Thủy lợi | Liên hệ

Kiểm soát nuôi cá lồng, phòng ngừa tảo nở hoa trên các hồ chứa

Toàn tỉnh hiện có 165 hồ chứa thủy lợi, tổng dung tích khoảng 590 triệu m3, số hồ đứng thứ hai khu vực Nam Trung Bộ. Năm 2024, qua kiểm tra, ngành phát hiện 14 hồ xuất hiện tảo nở hoa; hồ Núi Một (thị xã An Nhơn) có diện tích váng tảo lớn nhất, khoảng 18 ha.

Số lồng nuôi cá trên các hồ chứa thủy lợi
Đơn vị tính: lồng
Địa phương
Năm 2023
Năm 2024
So với cùng kỳ (%)
Vĩnh Thạnh
320
288
90,0
Tây Sơn
240
276
115,0
Hoài Ân
150
135
90,0
Phù Cát
96
84
87,5
Tổng số
806
783
97,1

Sở đề nghị các huyện không cấp phép mới lồng nuôi trên các hồ cấp nước sinh hoạt; phấn đấu đến năm 2026 giảm ít nhất 30% số lồng so với năm 2024. Hồ Núi Một và hồ Định Bình hiện cấp khoảng 95.000 m3 nước thô mỗi ngày cho TP Quy Nhơn và các khu công nghiệp. Các huyện cần kiểm tra, xử lý nghiêm hộ nuôi vượt số lồng được cấp phép.

Tin cùng chuyên mục:
- Vận hành hồ Định Bình trong mùa mưa lũ năm 2024
- Hội nghị tổng kết công tác thủy lợi 5 năm

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
Địa chỉ: 77 Lê Hồng Phong, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.615
Lượt truy cập: 1.204.587
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")
TITLE = "số lồng nuôi cá trên các hồ chứa thủy lợi"
ROWS = [("Vĩnh Thạnh", "Vĩnh Thạnh", ["320", "288", "90,0"]), ("Tây Sơn", "Tây Sơn", ["240", "276", "115,0"]),
        ("Hoài Ân", "Hoài Ân", ["150", "135", "90,0"]), ("Phù Cát", "Phù Cát", ["96", "84", "87,5"]),
        ("Tổng số", None, ["806", "783", "97,1"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        head = f"tổng {TITLE}" if place is None else TITLE
        kw = {"location": place} if place else {}
        a, b, c = nums
        out.append(fig(f"{label}\n{a}", a, float(a), "count", "lồng", subject=f"{head} năm 2023", period=C23, **kw))
        out.append(fig(f"{a}\n{b}", b, float(b), "count", "lồng", subject=f"{head} năm 2024", period=Y24, **kw))
        out.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                       subject=f"{head} so với cùng kỳ", **kw))
    return out


FIGS = [
    fig("có 165 hồ", "165", 165, "count", "hồ", subject="hồ chứa thủy lợi"),
    fig("khoảng 590 triệu", "590", 590e6, "measure", "m3", approx="about", subject="tổng dung tích hồ chứa thủy lợi"),
    fig("thứ hai khu vực", "hai", 2, "rank", "hạng", subject="số hồ chứa thủy lợi"),
    fig("phát hiện 14 hồ", "14", 14, "count", "hồ", subject="hồ xuất hiện tảo nở hoa", period=Y24),
    fig("khoảng 18 ha", "18", 18, "measure", "ha", approx="about", subject="diện tích váng tảo hồ Núi Một",
        period=Y24, location="An Nhơn"),
] + cells() + [
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số lồng so với năm 2024", period=T26),
    fig("khoảng 95.000 m3", "95.000", 95000, "measure", "m3/ngày", approx="about",
        subject="nước thô hồ Núi Một và hồ Định Bình cấp cho TP Quy Nhơn và các khu công nghiệp"),
]

NOTES = [
    "Department site (Sở NN&PTNT Bình Định), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: hồ Núi Một (number word in a name, three times), '77 Lê Hồng Phong', phone 0256.3822.615,",
    "  'Lượt truy cập: 1.204.587', 'năm 2024' in a link, '5 năm' in a link title, baseline 'năm 2024'.",
    "One-cell-per-line table with a place column: district rows → location; subject = table title + column;",
    "  'Đơn vị tính: lồng'; 'So với cùng kỳ (%)' cells are percent figures with no period; 'Tổng số' row → Bình Định.",
    "'số hồ đứng thứ hai khu vực Nam Trung Bộ' → rank 2 of the province; subject = the ranked indicator, not the field. 'khoảng 18 ha' of hồ Núi Một → An Nhơn.",
    "'phấn đấu đến năm 2026 giảm ít nhất 30% số lồng' → a decrease rate as the claim: percent, target, no change.",
    "revised after the first run: rank subject no longer includes the ranking field 'khu vực Nam Trung Bộ' (shared gold habit).",
    "'95.000 m3 nước thô mỗi ngày cho TP Quy Nhơn và các khu công nghiệp' → Bình Định (sources in other districts).",
]

if __name__ == "__main__":
    write("p1346-7", TEXT, NOTES, FIGS, location="Bình Định")
