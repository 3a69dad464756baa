"""p1264-3: formal report (Sở NN&PTNT Đồng Tháp): mechanisation 2024, flattened '|' table by machine type."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 412/BC-SNN
Đồng Tháp, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện cơ giới hóa nông nghiệp năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Trang bị máy móc
Năm 2024, toàn tỉnh ước có thêm 185 máy nông nghiệp chủ lực được đầu tư mới, nâng tổng số lên 8.471 chiếc, tăng 2,2% so với năm 2023. Chi tiết theo loại máy:

Đơn vị tính: chiếc
STT | Loại máy | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Máy kéo | 3.540 | 3.585 | 3.650
 | Trong đó: máy kéo trên 50 mã lực | 620 | 668 | 720
2 | Máy gặt đập liên hợp | 1.985 | 2.010 | 2.060
3 | Máy cấy | 212 | 248 | 320
4 | Máy sấy lúa | 2.410 | 2.432 | 2.460
5 | Thiết bị bay phun thuốc | 139 | 196 | 260
 | Tổng cộng | 8.286 | 8.471 | 8.750

2. Mức độ cơ giới hóa
Năm 2024, tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu thu hoạch lúa đạt 97,5%, khâu sấy đạt 71%; riêng khâu cấy mới đạt 12,4% do thiếu máy và thợ vận hành.

3. Dịch vụ cơ giới
Toàn tỉnh có 186 hợp tác xã cung ứng dịch vụ cơ giới, trong đó 47 hợp tác xã có dịch vụ bay phun thuốc. Doanh thu dịch vụ cơ giới của các hợp tác xã ước đạt 385 tỷ đồng, bằng 104% kế hoạch.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu tỷ lệ cơ giới hóa khâu cấy đạt 18-20%; hỗ trợ lãi suất vay mua máy cho khoảng 150 hộ, hợp tác xã với kinh phí dự kiến 4,5 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ NN&PTNT (b/c);
- Lưu: VT, KHTC.
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
Y25 = year("Năm 2025", 2025)
C23 = year("Năm 2023", 2023)
C24 = year("Ước thực hiện 2024", 2024)
C25 = year("Kế hoạch 2025", 2025)
RATE = "tỷ lệ cơ giới hóa khâu "

ROWS = [  # label, subject stem, (2023, 2024, 2025) as written, total (None or the whole row's numbers)
    ("| Máy kéo |", "Máy kéo", ("3.540", "3.585", "3.650"), None),
    ("| Trong đó: máy kéo trên 50 mã lực |", "máy kéo trên 50 mã lực", ("620", "668", "720"), (3540, 3585, 3650)),
    ("| Máy gặt đập liên hợp |", "Máy gặt đập liên hợp", ("1.985", "2.010", "2.060"), None),
    ("| Máy cấy |", "Máy cấy", ("212", "248", "320"), None),
    ("| Máy sấy lúa |", "Máy sấy lúa", ("2.410", "2.432", "2.460"), None),
    ("| Thiết bị bay phun thuốc |", "Thiết bị bay phun thuốc", ("139", "196", "260"), None),
    ("| Tổng cộng |", "Tổng cộng", ("8.286", "8.471", "8.750"), None),
]


def table():
    out = []
    for label, stem, cells, tot in ROWS:
        a23 = f"{label} {cells[0]} |"
        a24 = f"| {cells[0]} | {cells[1]} |"
        a25 = f"| {cells[1]} | {cells[2]}\n"
        for i, (anchor, num, col, per_, status) in enumerate([
                (a23, cells[0], "năm 2023", C23, "actual"),
                (a24, cells[1], "ước thực hiện 2024", C24, "estimate"),
                (a25, cells[2], "kế hoạch 2025", C25, "target")]):
            kw = {}
            if tot:
                kw["total"] = tot[i]
            if status != "actual":
                kw["status"] = status
            v = float(num.replace(".", ""))
            out.append(fig(anchor, num, v, "count", "chiếc", subject=f"{stem} {col}", period=per_, **kw))
    return out


FIGS = [
    fig("thêm 185 máy", "185", 185, "count", "máy nông nghiệp chủ lực", status="estimate",
        subject="máy nông nghiệp chủ lực được đầu tư mới", period=Y24),
    fig("lên 8.471 chiếc", "8.471", 8471, "count", "chiếc", status="estimate",
        change=chg("increase", 2.2, "%", "năm 2023"), subject="tổng số máy nông nghiệp chủ lực", period=Y24),
    fig("trên 50 mã lực", "50", 50, "measure", "mã lực", approx="over", optional=True),
] + table() + [
    fig("làm đất đạt 100%", "100", 100, "percent", "%", subject=RATE + "làm đất", period=Y24),
    fig("đạt 97,5%", "97,5", 97.5, "percent", "%", subject=RATE + "thu hoạch lúa", period=Y24),
    fig("đạt 71%", "71", 71, "percent", "%", subject=RATE + "sấy", period=Y24),
    fig("đạt 12,4%", "12,4", 12.4, "percent", "%", subject=RATE + "cấy", period=Y24),
    fig("có 186 hợp tác xã", "186", 186, "count", "hợp tác xã", subject="hợp tác xã cung ứng dịch vụ cơ giới",
        period=inh(Y24)),
    fig("47 hợp tác xã", "47", 47, "count", "hợp tác xã", total=186,
        subject="hợp tác xã có dịch vụ bay phun thuốc", period=inh(Y24)),
    fig("ước đạt 385 tỷ", "385", 385e9, "money", "đồng", status="estimate", percent=104,
        subject="doanh thu dịch vụ cơ giới của các hợp tác xã", period=inh(Y24)),
    fig("đạt 18-20%", "18", 18, "percent", "%", value_max=20, status="target", subject=RATE + "cấy", period=Y25),
    fig("khoảng 150 hộ", "150", 150, "count", "hộ, hợp tác xã", approx="about", status="target",
        subject="hộ, hợp tác xã được hỗ trợ lãi suất vay mua máy", period=Y25),
    fig("dự kiến 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ lãi suất vay mua máy", period=Y25),
]

NOTES = [
    "Formal report (Sở NN&PTNT Đồng Tháp): letterhead, 'Số: 412/BC-SNN', 'Đồng Tháp, ngày 16 tháng 12 năm 2024', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 412/BC-SNN, letterhead date, section numbers, table row numbers 1-5 (STT), '(b/c)', 'Lưu: VT, KHTC'.",
    "Flattened '|' table, 'Đơn vị tính: chiếc': every cell a count; subject = row label + column label; period from the column;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó' sub-row takes the Máy kéo cell of its column as total.",
    "'50 mã lực' in the sub-row label is a class threshold (optional). 'ước có thêm 185 ..., nâng tổng số lên 8.471 chiếc' → both estimate.",
    "Section 3 sentences state no period: năm 2024 inherited from the sentence/heading before (not scored).",
    "'bằng 104% kế hoạch' → percent attribute. Section II: 'phấn đấu' continues past ';' (target), 'kinh phí dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1264-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Đồng Tháp")
