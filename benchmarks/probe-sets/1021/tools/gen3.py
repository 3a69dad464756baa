"""p1021-3: formal report (UBND tỉnh Bắc Ninh), overpasses and underpasses at schools; flattened '|' table."""
import unicodedata
from lib import F, P, inh, chg, write, cell_anchor

HEAD = """UBND TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 198/BC-UBND
Bắc Ninh, ngày 18 tháng 6 năm 2024

BÁO CÁO
Kết quả rà soát công trình hỗ trợ người đi bộ qua đường tại khu vực trường học

Thực hiện Chỉ thị số 23/CT-TTg ngày 26/12/2023 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ RÀ SOÁT
1. Hiện trạng công trình
Tính đến ngày 31/5/2024, toàn tỉnh có 21 công trình phục vụ học sinh qua đường (15 cầu vượt, 6 hầm chui), phục vụ khoảng 18.500 học sinh của 32 trường, cụ thể:
Đơn vị tính: công trình
STT | Địa phương | Cầu vượt | Hầm chui | Tổng số
"""
ROWS = [("1", "TP Bắc Ninh", "Bắc Ninh", ("6", "2", "8")),
        ("2", "TX Thuận Thành", "Thuận Thành", ("3", "1", "4")),
        ("3", "TX Quế Võ", "Quế Võ", ("4", "0", "4")),
        ("4", "Huyện Tiên Du", "Tiên Du", ("2", "3", "5")),
        ("", "Tổng cộng", "Bắc Ninh", ("15", "6", "21"))]
TAIL = """Còn 18 điểm trường sát quốc lộ, tỉnh lộ chưa có công trình qua đường, tập trung tại huyện Tiên Du (6 điểm) và TX Thuận Thành (5 điểm).
2. Hiệu quả sử dụng
Kết quả khảo sát tháng 5/2024 cho thấy tỷ lệ học sinh sử dụng cầu vượt, hầm chui khi qua đường đạt 64,5%, tăng 12,3 điểm phần trăm so với năm 2022; riêng tại 4 cầu vượt trên Quốc lộ 18 tỷ lệ này chỉ đạt khoảng 40%.
3. Tình hình tai nạn giao thông
Từ ngày 01/01/2024 đến ngày 31/5/2024, trên địa bàn tỉnh xảy ra 11 vụ tai nạn giao thông liên quan đến học sinh trong phạm vi 500 m quanh trường học, làm chết 2 em, bị thương 12 em; so với cùng kỳ năm 2023 giảm 3 vụ.
4. Kinh phí
Tổng kinh phí đầu tư các công trình hiện có khoảng 126 tỷ đồng, trong đó ngân sách tỉnh 98 tỷ đồng, chiếm 77,8%; còn lại là vốn xã hội hóa.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ
Giai đoạn 2024-2025, tỉnh dự kiến đầu tư 9 cầu vượt và 4 hầm chui tại 13 điểm trường, tổng kinh phí khoảng 142 tỷ đồng; phấn đấu đến hết năm 2025 tỷ lệ học sinh sử dụng công trình đạt trên 80%.

Nơi nhận:
- Bộ Giao thông vận tải;
- Lưu: VT, KTN.
"""

text = HEAD
cells = []
for stt, label, loc, vals in ROWS:
    line = f"{stt} | {label}" if stt else label
    for col, v in zip(("cầu vượt", "hầm chui", "tổng số công trình"), vals):
        line += " | "
        cells.append((len(unicodedata.normalize("NFC", text + line)), v, col, loc, label))
        line += v
    text += line + "\n"
text += TAIL
TEXT = unicodedata.normalize("NFC", text)

ASOF = P("Tính đến ngày 31/5/2024", end="2024-05-31")
M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
ACC = P("Từ ngày 01/01/2024 đến ngày 31/5/2024", "2024-01-01", "2024-05-31")
G = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("có 21 công trình", "21", 21, "count", "công trình",
      subject="công trình phục vụ học sinh qua đường", period=ASOF),
    F("(15 cầu vượt", "15", 15, "count", "cầu vượt", total=21, subject="cầu vượt phục vụ học sinh qua đường",
      period=ASOF),
    F("6 hầm chui)", "6", 6, "count", "hầm chui", total=21, subject="hầm chui phục vụ học sinh qua đường",
      period=ASOF),
    F("khoảng 18.500 học sinh", "18.500", 18500, "count", "học sinh", approx="about",
      subject="học sinh được phục vụ bởi công trình qua đường", period=ASOF),
    F("của 32 trường", "32", 32, "count", "trường", subject="trường có công trình phục vụ học sinh qua đường",
      period=ASOF),
]
for pos, v, col, loc, label in cells:
    subj = ("tổng cộng " if label == "Tổng cộng" else "") + col  # row label (if not a place) + column label
    FIGS.append(F(cell_anchor(TEXT, pos, v), v, float(v), "count", "công trình",
                  subject=subj, period=inh(ASOF), location=loc))
FIGS += [
    F("Còn 18 điểm trường", "18", 18, "count", "điểm trường",
      subject="điểm trường sát quốc lộ, tỉnh lộ chưa có công trình qua đường"),
    F("Tiên Du (6 điểm)", "6", 6, "count", "điểm", location="Tiên Du",
      subject="điểm trường chưa có công trình qua đường"),
    F("Thuận Thành (5 điểm)", "5", 5, "count", "điểm", location="Thuận Thành",
      subject="điểm trường chưa có công trình qua đường"),
    F("qua đường đạt 64,5%", "64,5", 64.5, "percent", "%",
      change=chg("increase", 12.3, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ học sinh sử dụng cầu vượt, hầm chui khi qua đường", period=M5),
    F("tại 4 cầu vượt", "4", 4, "count", "cầu vượt", subject="cầu vượt trên Quốc lộ 18"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ lệ học sinh sử dụng cầu vượt trên Quốc lộ 18", period=M5),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ", change=chg("decrease", 3, "vụ", "cùng kỳ năm 2023"),
      subject="vụ tai nạn giao thông liên quan đến học sinh quanh trường học", period=ACC),
    F("phạm vi 500 m", "500", 500, "measure", "m", subject="phạm vi quanh trường học", optional=True),
    F("làm chết 2 em", "2", 2, "count", "em", subject="học sinh chết do tai nạn giao thông", period=ACC),
    F("bị thương 12 em", "12", 12, "count", "em", subject="học sinh bị thương do tai nạn giao thông", period=ACC),
    F("khoảng 126 tỷ đồng", "126", 126e9, "money", "đồng", approx="about",
      subject="tổng kinh phí đầu tư các công trình hiện có"),
    F("ngân sách tỉnh 98 tỷ đồng", "98", 98e9, "money", "đồng", total=126e9, percent=77.8,
      subject="kinh phí từ ngân sách tỉnh"),
    F("đầu tư 9 cầu vượt", "9", 9, "count", "cầu vượt", status="forecast",
      subject="cầu vượt dự kiến đầu tư", period=G),
    F("và 4 hầm chui", "4", 4, "count", "hầm chui", status="forecast",
      subject="hầm chui dự kiến đầu tư", period=G),
    F("tại 13 điểm trường", "13", 13, "count", "điểm trường", status="forecast",
      subject="điểm trường dự kiến được đầu tư cầu vượt, hầm chui", period=G),
    F("khoảng 142 tỷ đồng", "142", 142e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí đầu tư cầu vượt, hầm chui", period=G),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ học sinh sử dụng công trình", period=P("đến hết năm 2025", end="2025-12-31")),
]

NOTES = [
    "Formal report, UBND tỉnh Bắc Ninh Số: 198/BC-UBND, 18/6/2024: pedestrian overpasses/underpasses at schools.",
    "Flattened '|' table, Đơn vị tính: công trình; STT column (row numbers) is not a figure; place labels -> location;",
    "table period 'Tính đến ngày 31/5/2024' stands in the sentence above the table: inherited. Table cells get no totals.",
    "revised after the first run: table-cell subjects are the row label (unless a place) + column label (FIGURES.md Tables), without the added 'phục vụ học sinh qua đường'.",
    "Distractors: Số: 198/BC-UBND, Chỉ thị số 23/CT-TTg ngày 26/12/2023, Quốc lộ 18, section numbers I./1.-4./II.",
    "Bracketed (15 cầu vượt, 6 hầm chui) adds up to 21: total 21. (6 điểm)/(5 điểm) do not add up to 18: no total.",
    "'so với cùng kỳ năm 2023 giảm 3 vụ' is the change of 11 vụ. 'dự kiến' governs 9 cầu, 4 hầm, 13 điểm, 142 tỷ (forecast).",
]

write("p1021-3", TEXT, FIGS, published="2024-06-18", location="Bắc Ninh", notes=NOTES)
