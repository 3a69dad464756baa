"""p1306-3: formal report (UBND tỉnh Bình Định, Số: 342/BC-UBND): pre-hospital emergency care 2024, '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 342/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác cấp cứu ngoại viện năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Mạng lưới cấp cứu
Thực hiện Quyết định số 1205/QĐ-UBND ngày 18/4/2023 của UBND tỉnh, đến ngày 30/11/2024 toàn tỉnh có 1 trung tâm cấp cứu 115 và 5 trạm cấp cứu vệ tinh, tăng 2 trạm so với năm 2023; tổng số xe cứu thương đang hoạt động là 27 xe (19 xe của cơ sở y tế công lập, 8 xe của cơ sở tư nhân).

2. Kết quả cấp cứu ngoại viện
Đơn vị tính: ca
Địa bàn | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
TP Quy Nhơn | 3.215 | 3.640 | 113,2 | 3.900
Thị xã An Nhơn | 842 | 915 | 108,7 | 1.000
Thị xã Hoài Nhơn | 768 | 851 | 110,8 | 950
Tổng số | 4.825 | 5.406 | 112,0 | 5.850

Thời gian tiếp cận hiện trường bình quân năm 2024 ước đạt 14,5 phút, giảm 2,1 phút so với năm 2023. Tỷ lệ ca cấp cứu tại khu vực đô thị được tiếp cận trong vòng 15 phút đạt 78,6% (chỉ tiêu là 80%). Tỷ lệ người bệnh tử vong trên đường vận chuyển là 0,4%.

3. Kinh phí
Tổng kinh phí chi cho cấp cứu ngoại viện năm 2024 là 18,75 tỷ đồng, trong đó ngân sách tỉnh 12,3 tỷ đồng, nguồn thu dịch vụ 6,45 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu thành lập thêm 2 trạm cấp cứu vệ tinh tại huyện Tây Sơn và Phù Mỹ; nâng tỷ lệ ca đô thị được tiếp cận trong vòng 15 phút lên 85%; đầu tư 4 xe cứu thương với kinh phí dự kiến 8,4 tỷ đồng.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = per("đến ngày 30/11/2024", None, "2024-11-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
PLACES = {"TP Quy Nhơn": "Quy Nhơn", "Thị xã An Nhơn": "An Nhơn", "Thị xã Hoài Nhơn": "Hoài Nhơn",
          "Tổng số": "Bình Định"}
ROWS = [("TP Quy Nhơn", ["3.215", "3.640", "113,2", "3.900"]),
        ("Thị xã An Nhơn", ["842", "915", "108,7", "1.000"]),
        ("Thị xã Hoài Nhơn", ["768", "851", "110,8", "950"]),
        ("Tổng số", ["4.825", "5.406", "112,0", "5.850"])]


def table():
    out = []
    for row, cells in ROWS:
        prev = row
        for col, num in zip(COLS, cells):
            anchor = f"{prev} | {num}"
            prev = num
            v = float(num.replace(".", "").replace(",", "."))
            pre = "tổng số " if row == "Tổng số" else ""
            if col.startswith("So với"):
                out.append(fig(anchor, num, v, "percent", "%",
                               subject=f"{pre}ca cấp cứu ngoại viện so với cùng kỳ",
                               location=PLACES[row]))
                continue
            kw = {}
            if col.startswith("Ước"):
                kw["status"] = "estimate"
            if col.startswith("Kế hoạch"):
                kw["status"] = "target"
            period = {"Năm 2023": Y23, "Ước thực hiện 2024": E24, "Kế hoạch 2025": K25}[col]
            out.append(fig(anchor, num, v, "count", "ca", subject=f"{pre}ca cấp cứu ngoại viện {col.lower()}",
                           period=period, location=PLACES[row], **kw))
    return out


FIGS = [
    fig("có 1 trung tâm", "1", 1, "count", "trung tâm", subject="trung tâm cấp cứu 115", period=ASOF),
    fig("và 5 trạm", "5", 5, "count", "trạm", change=chg("increase", 2, "trạm", "năm 2023"),
        subject="trạm cấp cứu vệ tinh", period=ASOF),
    fig("là 27 xe", "27", 27, "count", "xe", subject="tổng số xe cứu thương đang hoạt động", period=ASOF),
    fig("(19 xe", "19", 19, "count", "xe", total=27, subject="xe cứu thương của cơ sở y tế công lập", period=ASOF),
    fig("8 xe của", "8", 8, "count", "xe", total=27, subject="xe cứu thương của cơ sở tư nhân", period=ASOF),
] + table() + [
    fig("ước đạt 14,5 phút", "14,5", 14.5, "measure", "phút", status="estimate",
        change=chg("decrease", 2.1, "phút", "năm 2023"),
        subject="thời gian tiếp cận hiện trường bình quân", period=Y24),
    fig("trong vòng 15 phút đạt", "15", 15, "measure", "phút", optional=True,
        subject="ngưỡng thời gian tiếp cận"),
    fig("đạt 78,6%", "78,6", 78.6, "percent", "%", target=tgt(80, "%"),
        subject="tỷ lệ ca cấp cứu tại khu vực đô thị được tiếp cận trong vòng 15 phút", period=inh(Y24)),
    fig("là 0,4%", "0,4", 0.4, "percent", "%",
        subject="tỷ lệ người bệnh tử vong trên đường vận chuyển", period=inh(Y24)),
    fig("là 18,75 tỷ", "18,75", 18.75e9, "money", "đồng",
        subject="tổng kinh phí chi cho cấp cứu ngoại viện", period=Y24),
    fig("tỉnh 12,3 tỷ", "12,3", 12.3e9, "money", "đồng", total=18.75e9,
        subject="kinh phí từ ngân sách tỉnh", period=Y24),
    fig("vụ 6,45 tỷ", "6,45", 6.45e9, "money", "đồng", total=18.75e9,
        subject="kinh phí từ nguồn thu dịch vụ", period=Y24),
    fig("thêm 2 trạm", "2", 2, "count", "trạm", status="target",
        subject="trạm cấp cứu vệ tinh thành lập thêm", period=N25),
    fig("trong vòng 15 phút lên", "15", 15, "measure", "phút", optional=True,
        subject="ngưỡng thời gian tiếp cận"),
    fig("lên 85%", "85", 85, "percent", "%", status="target",
        subject="tỷ lệ ca đô thị được tiếp cận trong vòng 15 phút", period=N25),
    fig("đầu tư 4 xe", "4", 4, "count", "xe cứu thương", status="target",
        subject="xe cứu thương đầu tư", period=N25),
    fig("dự kiến 8,4 tỷ", "8,4", 8.4e9, "money", "đồng", status="forecast",
        subject="kinh phí đầu tư xe cứu thương", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 342/BC-UBND', 'Bình Định, ngày 16 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 342/BC-UBND, Quyết định số 1205/QĐ-UBND ngày 18/4/2023, section numbers, 'cấp cứu 115'.",
    "Flattened '|' table with 'Đơn vị tính: ca' and a place column: the place goes to location (Tổng số → Bình Định);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures with no period in their header (none given) and status actual.",
    "'trong vòng 15 phút' is the threshold inside the indicator's name: optional (twice).",
    "Bracketed '(19 xe ..., 8 xe ...)' adds up to 27: total 27, as-of period of the sentence.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target, period inherited from the heading; 'kinh phí dự kiến 8,4 tỷ' → forecast (its own cue).",
]

if __name__ == "__main__":
    write("p1306-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Bình Định")
