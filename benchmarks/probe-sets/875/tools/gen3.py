"""p875-3: formal report, UBND tỉnh Quảng Nam — trợ giúp pháp lý 6 tháng đầu năm 2024; flattened '|' table."""
from lib import F, write, period, inherit, change, target

TEXT = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Nam, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác trợ giúp pháp lý 6 tháng đầu năm 2024

Thực hiện Công văn số 1562/BTP-TGPL ngày 20/5/2024 của Bộ Tư pháp, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức, đội ngũ
Tính đến ngày 30/6/2024, Trung tâm Trợ giúp pháp lý nhà nước tỉnh có 14 trợ giúp viên pháp lý; 9 tổ chức hành nghề luật sư ký hợp đồng thực hiện trợ giúp pháp lý và 32 luật sư cộng tác viên.

2. Kết quả thực hiện vụ việc
6 tháng đầu năm 2024, Trung tâm đã thụ lý 436 vụ việc, đạt 54,5% kế hoạch năm, tăng 15,3% so với cùng kỳ năm 2023; trong đó có 318 vụ việc tham gia tố tụng, chiếm 72,9%. Trong số vụ việc đã thụ lý, đã kết thúc 351 vụ việc, đang thực hiện 85 vụ việc. Kết quả theo địa bàn:

Đơn vị tính: vụ việc
Địa bàn | Tham gia tố tụng | Tư vấn pháp luật | Đại diện ngoài tố tụng | Tổng số
TP Tam Kỳ | 86 | 27 | 4 | 117
Huyện Núi Thành | 61 | 22 | 3 | 86
Huyện Đại Lộc | 54 | 19 | 2 | 75
Thị xã Điện Bàn | 70 | 24 | 5 | 99
Các địa phương khác | 47 | 10 | 2 | 59
Tổng cộng | 318 | 102 | 16 | 436

3. Truyền thông, trợ giúp pháp lý lưu động
Trung tâm tổ chức 12 đợt trợ giúp pháp lý lưu động tại các xã miền núi với khoảng 1.400 lượt người tham dự; cấp phát 3.500 tờ gấp pháp luật. Kinh phí chi cho công tác trợ giúp pháp lý 6 tháng đầu năm là 1,28 tỷ đồng, bằng 47,4% dự toán được giao.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm thụ lý trên 800 vụ việc, trong đó tỷ lệ vụ việc tham gia tố tụng đạt từ 70% trở lên; tổ chức thêm 10 đợt trợ giúp pháp lý lưu động.

Nơi nhận:
- Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""

D30 = period("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
FY = period("cả năm", "2024-01-01", "2024-12-31")
H2 = period("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)

FIGS = [
    F("có 14 trợ giúp viên", "14", 14, "count", "trợ giúp viên pháp lý", "trợ giúp viên pháp lý của Trung tâm", D30),
    F("9 tổ chức", "9", 9, "count", "tổ chức", "tổ chức hành nghề luật sư ký hợp đồng thực hiện trợ giúp pháp lý", D30),
    F("và 32 luật sư", "32", 32, "count", "luật sư", "luật sư cộng tác viên", D30),
    F("thụ lý 436 vụ việc", "436", 436, "count", "vụ việc", "vụ việc trợ giúp pháp lý Trung tâm thụ lý", H1,
      percent=54.5, change=change("increase", 15.3, "%", "cùng kỳ năm 2023")),
    F("có 318 vụ việc", "318", 318, "count", "vụ việc", "vụ việc tham gia tố tụng", H1, total=436, percent=72.9),
    F("kết thúc 351 vụ việc", "351", 351, "count", "vụ việc", "vụ việc đã kết thúc", inherit(H1), total=436),
    F("thực hiện 85 vụ việc", "85", 85, "count", "vụ việc", "vụ việc đang thực hiện", inherit(H1), total=436),
]

COLS = ["tham gia tố tụng", "tư vấn pháp luật", "đại diện ngoài tố tụng", "tổng số"]
ROWS = [
    ("TP Tam Kỳ", "Tam Kỳ", [86, 27, 4, 117]),
    ("Huyện Núi Thành", "Núi Thành", [61, 22, 3, 86]),
    ("Huyện Đại Lộc", "Đại Lộc", [54, 19, 2, 75]),
    ("Thị xã Điện Bàn", "Điện Bàn", [70, 24, 5, 99]),
    ("Các địa phương khác", None, [47, 10, 2, 59]),
    ("Tổng cộng", None, [318, 102, 16, 436]),
]
for label, place, vals in ROWS:
    line = label + " | " + " | ".join(str(v) for v in vals)
    cells = line.split(" | ")
    for i, v in enumerate(vals):
        # anchor: the cell with its left neighbour (and right neighbour where needed to be unique)
        left = " | ".join(cells[: i + 1])
        anchor = left.split(" | ")[-1] + " | " + str(v)
        if TEXT.count(anchor) != 1:
            anchor = " | ".join(cells[max(0, i - 1): i + 2]) if i + 2 <= len(cells) else anchor
        if TEXT.count(anchor) != 1:
            anchor = " | ".join(cells[: i + 2])
        col = COLS[i]
        if place:
            subj = f"vụ việc {col}" if col != "tổng số" else "tổng số vụ việc"
        elif label == "Tổng cộng":
            subj = f"tổng cộng vụ việc {col}" if col != "tổng số" else "tổng cộng tổng số vụ việc"
        else:
            subj = f"vụ việc {col} các địa phương khác" if col != "tổng số" else "tổng số vụ việc các địa phương khác"
        kw = {"location": place} if place else {}
        FIGS.append(F(anchor, str(v), v, "count", "vụ việc", subj, inherit(H1), **kw))

FIGS += [
    F("tổ chức 12 đợt", "12", 12, "count", "đợt", "đợt trợ giúp pháp lý lưu động", inherit(H1)),
    F("khoảng 1.400 lượt", "1.400", 1400, "count", "lượt người", "lượt người tham dự trợ giúp pháp lý lưu động",
      inherit(H1), approx="about"),
    F("phát 3.500 tờ", "3.500", 3500, "count", "tờ gấp", "tờ gấp pháp luật cấp phát", inherit(H1)),
    F("là 1,28 tỷ", "1,28", 1.28e9, "money", "đồng", "kinh phí chi cho công tác trợ giúp pháp lý", H1b, percent=47.4),
    F("trên 800 vụ việc", "800", 800, "count", "vụ việc", "vụ việc thụ lý cả năm", FY, approx="over",
      status="target"),
    F("từ 70% trở lên", "70", 70, "percent", "%", "tỷ lệ vụ việc tham gia tố tụng", FY, approx="at_least",
      status="target"),
    F("thêm 10 đợt", "10", 10, "count", "đợt", "đợt trợ giúp pháp lý lưu động tổ chức thêm", H2, status="target"),
]

NOTES = [
    "p875-3 — formal report under the letterhead of UBND tỉnh Quảng Nam, Số: 287/BC-UBND, 15/7/2024; section numbers.",
    "Flattened '|' table with 'Đơn vị tính: vụ việc': every cell a figure; subject row+column label, a place row gives",
    "the location (Tam Kỳ, Núi Thành, Đại Lộc, Điện Bàn); the period comes from the text above the table (inherited).",
    "revised after the first run: the Tổng cộng × Tổng số cell's subject lacked the column label ('tổng cộng vụ việc'",
    "→ 'tổng cộng tổng số vụ việc').",
    "Table cells get no totals (the Tổng cộng row and Tổng số column are figures of their own).",
    "'Trong số vụ việc đã thụ lý, đã kết thúc 351 …, đang thực hiện 85 …' → total 436 (the cue names the whole).",
    "'đạt 54,5% kế hoạch năm' → percent of 436 (no plan number stated). 'bằng 47,4% dự toán' → percent of 1,28 tỷ.",
    "'Phấn đấu cả năm …' (II. NHIỆM VỤ) → target; the last clause '; tổ chức thêm 10 đợt' continues the cue.",
    "Distractors: Số: 287/BC-UBND, Công văn số 1562/BTP-TGPL ngày 20/5/2024, section numbers I., 1.-3., II., date line.",
]

if __name__ == "__main__":
    write("p875-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Quảng Nam")
