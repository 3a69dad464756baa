import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

TEXT = """UBND TỈNH KON TUM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh cao su 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, tổng diện tích cao su toàn tỉnh ước đạt 76.420 ha, đạt 101,9% kế hoạch; trong đó các công ty cao su nhà nước quản lý 41.250 ha (chiếm 54%), cao su tiểu điền 35.170 ha. Kết quả một số chỉ tiêu chủ yếu như sau:

Bảng 1. Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | So cùng kỳ (%)
Diện tích cao su | ha | 75.000 | 76.420 | 100,8
Diện tích khai thác mủ | ha | 52.000 | 52.380 | 103,1
Sản lượng mủ quy khô | tấn | 72.500 | 53.160 | 104,6
Diện tích tái canh | ha | 1.200 | 870 | 92,5

2. Giá bán, doanh thu
Giá bán mủ cao su bình quân 9 tháng ước đạt 38,6 triệu đồng/tấn, tăng 12,4% so với cùng kỳ. Doanh thu của 6 công ty cao su nhà nước trên địa bàn ước đạt 1.485,6 tỷ đồng, bằng 78,2% kế hoạch năm; nộp ngân sách nhà nước 96,5 tỷ đồng. Ngành cao su giải quyết việc làm cho hơn 9.800 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu sản lượng mủ cả năm đạt 73.000 tấn, vượt 0,7% kế hoạch.
2. Phấn đấu hoàn thành trồng tái canh 330 ha còn lại theo Quyết định số 1123/QĐ-UBND ngày 25/12/2023 của UBND tỉnh.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = per("Ước thực hiện 9 tháng", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", end="2024-09-30")
M9b = per("9 tháng", "2024-01-01", "2024-09-30")

rows = [
    ("Diện tích cao su", "ha", ("75.000", 75000), ("76.420", 76420), ("100,8", 100.8)),
    ("Diện tích khai thác mủ", "ha", ("52.000", 52000), ("52.380", 52380), ("103,1", 103.1)),
    ("Sản lượng mủ quy khô", "tấn", ("72.500", 72500), ("53.160", 53160), ("104,6", 104.6)),
    ("Diện tích tái canh", "ha", ("1.200", 1200), ("870", 870), ("92,5", 92.5)),
]

FIGS = [
    fig("ước đạt 76.420 ha", "76.420", 76420, "measure", "ha", "tổng diện tích cao su toàn tỉnh", ASOF,
        percent=101.9, status="estimate"),
    fig("quản lý 41.250 ha", "41.250", 41250, "measure", "ha", "diện tích cao su các công ty cao su nhà nước quản lý",
        inh(ASOF), total=76420, percent=54, status="estimate"),
    fig("tiểu điền 35.170 ha", "35.170", 35170, "measure", "ha", "diện tích cao su tiểu điền", inh(ASOF),
        total=76420, status="estimate"),
]
for label, unit, plan, done, yoy in rows:
    FIGS.append(fig(f"{label} | {unit} | {plan[0]}", plan[0], plan[1], "measure", unit,
                    f"{label} kế hoạch năm 2024", Y24, status="target"))
    FIGS.append(fig(f"{plan[0]} | {done[0]}", done[0], done[1], "measure", unit,
                    f"{label} ước thực hiện 9 tháng", M9, status="estimate"))
    FIGS.append(fig(f"{done[0]} | {yoy[0]}", yoy[0], yoy[1], "percent", "%",
                    f"{label} so cùng kỳ", inh(M9)))
FIGS += [
    fig("ước đạt 38,6 triệu đồng/tấn", "38,6", 38.6e6, "money", "đồng/tấn", "giá bán mủ cao su bình quân", M9b,
        change=ch("increase", 12.4, "%", "cùng kỳ"), status="estimate"),
    fig("của 6 công ty", "6", 6, "count", "công ty", "công ty cao su nhà nước trên địa bàn"),
    fig("ước đạt 1.485,6 tỷ đồng", "1.485,6", 1485.6e9, "money", "đồng", "doanh thu của công ty cao su nhà nước",
        inh(M9b), percent=78.2, status="estimate"),
    fig("ngân sách nhà nước 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "nộp ngân sách nhà nước",
        inh(M9b), status="estimate"),
    fig("hơn 9.800 lao động", "9.800", 9800, "count", "lao động", "lao động ngành cao su được giải quyết việc làm",
        inh(M9b), approx="over"),
    fig("bình quân 8,2 triệu đồng/người/tháng", "8,2", 8.2e6, "money", "đồng/người/tháng",
        "thu nhập bình quân lao động ngành cao su", inh(M9b)),
    fig("cả năm đạt 73.000 tấn", "73.000", 73000, "measure", "tấn", "sản lượng mủ cả năm",
        per("cả năm", "2024-01-01", "2024-12-31"), change=ch("increase", 0.7, "%", "kế hoạch"), status="target"),
    fig("tái canh 330 ha", "330", 330, "measure", "ha", "diện tích trồng tái canh còn lại",
        inh(per("quý IV/2024", "2024-10-01", "2024-12-31")), status="target"),
]

COMMENTS = [
    "Probe 607-3. Formal report under letterhead (UBND TỈNH KON TUM, Số: 287/BC-UBND, 'Kon Tum, ngày 08 tháng 10 năm 2024'):",
    "rubber production 9 months 2024, flattened '|' table (Kế hoạch năm 2024 | Ước thực hiện 9 tháng | So cùng kỳ (%)), prices,",
    "state companies' revenue, jobs, Q4 tasks. Distractors: Số 287/BC-UBND, Quyết định số 1123/QĐ-UBND ngày 25/12/2023, section",
    "numbers I./II./1./2., 'Bảng 1', 'quý IV/2024' heading, Nơi nhận list.",
    "Table: plan cells target, 'Ước thực hiện' cells estimate (periods from column headers, scored as in shared h23);",
    "'So cùng kỳ (%)' cells are percent figures, status actual (the column header has no Ước/Kế hoạch cue; period inherited).",
    "Table cells get no total/target attributes (every cell is a figure of its own).",
    "'Tính đến ngày 30/9/2024 ... ước đạt 76.420 ha' is an estimate (the 'trong đó' parts continue it); 'đạt 101,9% kế hoạch' is its share.",
    "The sentence 'Ngành cao su giải quyết việc làm ...' has no status cue: actual. 'vượt 0,7% kế hoạch' is a change against plan.",
    "'Phấn đấu ... cả năm đạt 73.000 tấn' under the Q4 heading: target, period 2024.",
]

if __name__ == "__main__":
    emit("p607-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Kon Tum")
