"""p1411-4: formal report (UBND tỉnh Hà Giang, Số: 215/BC-UBND): Td campaign 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ GIANG
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 05 tháng 12 năm 2024

BÁO CÁO
Kết quả chiến dịch tiêm vắc xin Td phòng bệnh bạch hầu năm 2024

Thực hiện Kế hoạch số 178/KH-UBND ngày 20/9/2024 của UBND tỉnh, từ ngày 15/10 đến 30/11/2024, ngành y tế đã tổ chức tiêm vắc xin Td cho người dân tại 4 huyện vùng cao núi đá. Kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình dịch bệnh
Năm 2024, toàn tỉnh ghi nhận 18 ca mắc bạch hầu, giảm 6 ca so với năm 2023, không có ca tử vong. Tính đến ngày 30/11/2024, cả 4 ổ dịch đã được kiểm soát, gồm 3 ổ dịch tại huyện Đồng Văn và 1 ổ dịch tại huyện Mèo Vạc.

2. Kết quả tiêm chủng
Đơn vị tính: người
Huyện | Số đối tượng | Số được tiêm | Tỷ lệ (%)
Đồng Văn | 21.450 | 20.318 | 94,7
Mèo Vạc | 24.120 | 22.671 | 94,0
Yên Minh | 26.380 | 25.589 | 97,0
Quản Bạ | 15.900 | 15.296 | 96,2
Tổng cộng | 87.850 | 83.874 | 95,5

Tỷ lệ tiêm chung toàn chiến dịch đạt 95,5%, vượt mục tiêu đề ra là 95%. Chiến dịch sử dụng 92.400 liều vắc xin, tỷ lệ hao phí 9,2%; ghi nhận 112 trường hợp phản ứng thông thường sau tiêm và 2 trường hợp phản ứng nặng, đã được xử trí kịp thời.

II. NHIỆM VỤ THỜI GIAN TỚI
1. Dự kiến tiêm vét cho gần 4.000 người chưa được tiêm, hoàn thành trước ngày 31/12/2024.
2. Phấn đấu năm 2025 tỷ lệ tiêm chủng đầy đủ cho trẻ em đạt 90%, tỷ lệ tiêm vắc xin DPT4 đạt 80%.

Nơi nhận:
- Bộ Y tế (b/c);
- Viện Vệ sinh dịch tễ Trung ương;
- Lưu: VT, KGVX.
"""

CAMP = per("từ ngày 15/10 đến 30/11/2024", "2024-10-15", "2024-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
DEAD = per("trước ngày 31/12/2024", None, "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

COLS = [("số đối tượng", "count", "người"), ("số được tiêm", "count", "người"), ("tỷ lệ", "percent", "%")]
ROWS = [("Đồng Văn", ["21.450", "20.318", "94,7"]), ("Mèo Vạc", ["24.120", "22.671", "94,0"]),
        ("Yên Minh", ["26.380", "25.589", "97,0"]), ("Quản Bạ", ["15.900", "15.296", "96,2"]),
        ("Tổng cộng", ["87.850", "83.874", "95,5"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, kind, unit), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", "."))
        if label == "Tổng cộng":
            subj, loc = f"tổng cộng {col}", "Hà Giang"
        else:
            subj, loc = col, label
        CELLS.append(fig(f"{prev} | {n}", n, v, kind, unit, subject=subj, period=inh(CAMP), location=loc))
        prev = n

FIGS = [
    fig("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện vùng cao núi đá tổ chức tiêm vắc xin Td",
        period=CAMP),
    fig("ghi nhận 18 ca", "18", 18, "count", "ca", change=chg("decrease", 6, "ca", "năm 2023"),
        subject="ca mắc bạch hầu", period=Y24),
    fig("cả 4 ổ dịch", "4", 4, "count", "ổ dịch", subject="ổ dịch bạch hầu đã được kiểm soát", period=ASOF),
    fig("gồm 3 ổ dịch", "3", 3, "count", "ổ dịch", total=4, subject="ổ dịch bạch hầu", period=ASOF,
        location="Đồng Văn"),
    fig("và 1 ổ dịch", "1", 1, "count", "ổ dịch", total=4, subject="ổ dịch bạch hầu", period=ASOF,
        location="Mèo Vạc"),
] + CELLS + [
    fig("đạt 95,5%", "95,5", 95.5, "percent", "%", target=tgt(95, "%", True),
        subject="tỷ lệ tiêm chung toàn chiến dịch", period=inh(CAMP)),
    fig("sử dụng 92.400 liều", "92.400", 92400, "count", "liều", subject="liều vắc xin chiến dịch sử dụng",
        period=inh(CAMP)),
    fig("hao phí 9,2%", "9,2", 9.2, "percent", "%", subject="tỷ lệ hao phí vắc xin", period=inh(CAMP)),
    fig("ghi nhận 112 trường hợp", "112", 112, "count", "trường hợp",
        subject="trường hợp phản ứng thông thường sau tiêm", period=inh(CAMP)),
    fig("và 2 trường hợp", "2", 2, "count", "trường hợp", subject="trường hợp phản ứng nặng sau tiêm",
        period=inh(CAMP)),
    fig("gần 4.000 người", "4.000", 4000, "count", "người", approx="nearly", status="forecast",
        subject="người chưa được tiêm được tiêm vét", period=DEAD),
    fig("trẻ em đạt 90%", "90", 90, "percent", "%", status="target",
        subject="tỷ lệ tiêm chủng đầy đủ cho trẻ em", period=Y25),
    fig("DPT4 đạt 80%", "80", 80, "percent", "%", status="target", subject="tỷ lệ tiêm vắc xin DPT4",
        period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ GIANG', 'Số: 215/BC-UBND', 'Hà Giang, ngày 05 tháng 12 năm 2024' (published), sections I/II, 1./2., 'Nơi nhận'.",
    "Distractors: 215/BC-UBND, 'Kế hoạch số 178/KH-UBND ngày 20/9/2024', section numbers, 'DPT4', '(b/c)', 'Lưu: VT, KGVX'.",
    "'cả 4 ổ dịch ..., gồm 3 ổ dịch tại huyện Đồng Văn và 1 ổ dịch tại huyện Mèo Vạc' → parts total 4, location their district;",
    "the whole spans two districts, so it stays with the province.",
    "Flattened '|' table by district, 'Đơn vị tính: người' (the '(%)' column overrides it): district column → location,",
    "subject = column label; 'Tổng cộng' row → subject 'tổng cộng' + column label, location Hà Giang. Cells get no total;",
    "their period is the campaign of the opening",
    "paragraph (inherited, not scored).",
    "'đạt 95,5%, vượt mục tiêu đề ra là 95%' → target 95 on the percent figure. 'tỷ lệ hao phí 9,2%' is a figure of its own.",
    "revised after the first run: cell subjects were 'column label + tiêm vắc xin Td' (title words, and 'số được tiêm tiêm",
    "vắc xin Td' doubled a word); now row label + column label only, as FIGURES.md says for tables.",
    "Section II: 'Dự kiến tiêm vét cho gần 4.000 người ..., hoàn thành trước ngày 31/12/2024' → forecast, nearly, period ending 2024-12-31;",
    "'Phấn đấu năm 2025' governs both percents (target).",
]

if __name__ == "__main__":
    write("p1411-4", TEXT, NOTES, FIGS, published="2024-12-05", location="Hà Giang")
