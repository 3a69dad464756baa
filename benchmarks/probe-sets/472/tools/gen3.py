from lib import F, P, Y, write

TEXT = """BỘ CHỈ HUY QUÂN SỰ TỈNH TUYÊN QUANG
BAN CHỈ HUY QUÂN SỰ HUYỆN SƠN DƯƠNG
Số: 186/BC-BCHQS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Dương, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác dân quân tự vệ 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Xây dựng lực lượng
Tính đến ngày 30/9/2024, lực lượng dân quân tự vệ toàn huyện có 2.946 đồng chí, đạt 1,57% so với dân số; trong đó dân quân 2.618 đồng chí, tự vệ 328 đồng chí. Tỷ lệ đảng viên trong lực lượng đạt 26,8%, tăng 1,3% so với cùng kỳ.

2. Công tác huấn luyện
Ban CHQS huyện đã mở 14 lớp huấn luyện cho 2.415/2.520 đồng chí theo kế hoạch, đạt 95,8%; kết quả 100% đạt yêu cầu, trong đó 71,4% khá, giỏi.

Bảng 2. Kết quả huấn luyện theo đối tượng
Đơn vị tính: người
Đối tượng | Kế hoạch | Thực hiện | Tỷ lệ (%)
Dân quân cơ động | 540 | 526 | 97,4
Dân quân tại chỗ | 1.680 | 1.598 | 95,1
Dân quân thường trực | 36 | 36 | 100
Tự vệ | 264 | 255 | 96,6
Cộng | 2.520 | 2.415 | 95,8

3. Chế độ, chính sách
Đã chi trả trợ cấp ngày công lao động cho dân quân tham gia huấn luyện với mức 119.000 đồng/người/ngày, tổng kinh phí 1,86 tỷ đồng, bằng 98,2% dự toán năm.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu đến hết năm 2024, tỷ lệ đảng viên trong dân quân tự vệ đạt 27,5%; hoàn thành kiện toàn 3 trung đội dân quân cơ động ở các xã Tân Trào, Minh Thanh, Trung Yên.

Nơi nhận:
- Bộ CHQS tỉnh (b/c);
- Huyện ủy, UBND huyện;
- Lưu: VT, TM.
CHỈ HUY TRƯỞNG
Thượng tá Hà Văn Quang
"""

PER9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)


def cell(anchor, number, value, row, col, unit="người", **kw):
    kind = "percent" if unit == "%" else "count"
    st = {"status": "target"} if col == "kế hoạch" else {}
    return F(anchor, number, value, kind, unit, f"{row} {col}", period=PER9, **st, **kw)


FIGS = [
    F("có 2.946 đồng chí", "2.946", 2946, "count", "đồng chí", "lực lượng dân quân tự vệ", percent=1.57,
      period=ASOF),
    F("dân quân 2.618 đồng chí", "2.618", 2618, "count", "đồng chí", "dân quân", total=2946, period=ASOF),
    F("tự vệ 328 đồng chí", "328", 328, "count", "đồng chí", "tự vệ", total=2946, period=ASOF),
    F("đạt 26,8%", "26,8", 26.8, "percent", "%", "tỷ lệ đảng viên trong lực lượng",
      change={"direction": "increase", "value": 1.3, "unit": "%", "baseline": "cùng kỳ"}, period=ASOFi),
    F("mở 14 lớp", "14", 14, "count", "lớp", "lớp huấn luyện", period=PER9),
    F("cho 2.415/2.520", "2.415", 2415, "count", "đồng chí", "đồng chí được huấn luyện",
      target={"value": 2520, "unit": "đồng chí"}, percent=95.8, period=PER9),
    F("kết quả 100%", "100", 100, "percent", "%", "tỷ lệ đạt yêu cầu", period=PER9),
    F("trong đó 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ khá, giỏi", total=100, period=PER9),
    cell("động | 540 |", "540", 540, "Dân quân cơ động", "kế hoạch"),
    cell("540 | 526 |", "526", 526, "Dân quân cơ động", "thực hiện"),
    cell("526 | 97,4", "97,4", 97.4, "Dân quân cơ động", "tỷ lệ", "%"),
    cell("chỗ | 1.680 |", "1.680", 1680, "Dân quân tại chỗ", "kế hoạch"),
    cell("1.680 | 1.598 |", "1.598", 1598, "Dân quân tại chỗ", "thực hiện"),
    cell("1.598 | 95,1", "95,1", 95.1, "Dân quân tại chỗ", "tỷ lệ", "%"),
    cell("thường trực | 36 |", "36", 36, "Dân quân thường trực", "kế hoạch"),
    cell("| 36 | 100", "36", 36, "Dân quân thường trực", "thực hiện"),
    cell("36 | 100\n", "100", 100, "Dân quân thường trực", "tỷ lệ", "%"),
    cell("Tự vệ | 264 |", "264", 264, "Tự vệ", "kế hoạch"),
    cell("264 | 255 |", "255", 255, "Tự vệ", "thực hiện"),
    cell("255 | 96,6", "96,6", 96.6, "Tự vệ", "tỷ lệ", "%"),
    cell("Cộng | 2.520 |", "2.520", 2520, "Cộng", "kế hoạch"),
    cell("2.520 | 2.415 |", "2.415", 2415, "Cộng", "thực hiện"),
    cell("2.415 | 95,8", "95,8", 95.8, "Cộng", "tỷ lệ", "%"),
    F("mức 119.000 đồng", "119.000", 119000, "money", "đồng/người/ngày",
      "mức trợ cấp ngày công lao động cho dân quân tham gia huấn luyện", period=PER9),
    F("kinh phí 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp ngày công lao động",
      percent=98.2, period=PER9),
    F("đạt 27,5%", "27,5", 27.5, "percent", "%", "tỷ lệ đảng viên trong dân quân tự vệ", status="target",
      period=P("đến hết năm 2024", None, "2024-12-31")),
    F("kiện toàn 3 trung đội", "3", 3, "count", "trung đội", "trung đội dân quân cơ động kiện toàn",
      status="target", period=P("đến hết năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (Ban CHQS huyện Sơn Dương, Tuyên Quang, 'Số: 186/BC-BCHQS'); 'Sơn Dương, ngày 05 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: người' and a '(%)' column; every numeric cell is a figure (Cộng row too), subject = row + column label,",
    "Kế hoạch column = status target; period '9 tháng đầu năm 2024' from the report title (inherited). No totals for table cells.",
    "Distractors: document number, 'Bảng 2', section numbers, 'quý IV/2024' heading, 'ngày 30/9/2024', 'Lưu: VT, TM', signer's rank.",
    "2.618 + 328 = 2.946 after 'trong đó'. '2.415/2.520 đồng chí theo kế hoạch, đạt 95,8%': target 2520 (plan after '/'), percent 95,8.",
    "'100% đạt yêu cầu, trong đó 71,4% khá, giỏi': the second percent is a part of the first (same unit, as shared h19's 12,67%): total 100.",
    "'Phấn đấu đến hết năm 2024 …' governs both clauses of section II: status target, as-of period end 2024-12-31.",
]

write(3, TEXT, FIGS, COMMENTS, published="2024-10-05", location="Sơn Dương")
