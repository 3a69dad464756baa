from lib import F, P, build

TEXT = """BỘ TÀI CHÍNH
ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC
Số: 486/BC-UBCK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 18 tháng 10 năm 2024

BÁO CÁO
Tình hình phát hành trái phiếu doanh nghiệp 9 tháng năm 2024

1. Kết quả phát hành
Lũy kế 9 tháng năm 2024, có 312 đợt phát hành riêng lẻ và 21 đợt phát hành ra công chúng với tổng giá trị 318.450 tỷ đồng, tăng 48,7% so với cùng kỳ năm 2023. Cơ cấu theo lĩnh vực như sau:

Bảng 2. Giá trị phát hành theo lĩnh vực
Đơn vị tính: tỷ đồng
Lĩnh vực | Quý I | Quý II | Quý III | 9 tháng | Tỷ trọng (%)
Ngân hàng | 20.150 | 78.420 | 105.300 | 203.870 | 64,0
Bất động sản | 6.870 | 21.600 | 38.450 | 66.920 | 21,0
Sản xuất, dịch vụ khác | 5.210 | 17.880 | 24.570 | 47.660 | 15,0
Tổng cộng | 32.230 | 117.900 | 168.320 | 318.450 | 100

2. Mua lại trước hạn và nghĩa vụ trả nợ
Trong 9 tháng, các doanh nghiệp đã mua lại trước hạn 142.600 tỷ đồng trái phiếu, giảm 11,2% so với cùng kỳ. Giá trị trái phiếu đến hạn trong quý IV/2024 ước khoảng 68.000 tỷ đồng, trong đó nhóm bất động sản chiếm 38%. Tính đến ngày 30/9/2024, có 79 doanh nghiệp chậm trả lãi, gốc với dư nợ khoảng 176.000 tỷ đồng.

3. Dự báo
Dự kiến quý IV/2024 có thêm khoảng 45.000 – 50.000 tỷ đồng trái phiếu được phát hành, chủ yếu từ các ngân hàng thương mại.

Nơi nhận:
- Bộ trưởng (để b/c);
- Vụ Tài chính ngân hàng;
- Lưu: VT, QLPH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
COLS = {"Quý I": P("Quý I", "2024-01-01", "2024-03-31"), "Quý II": P("Quý II", "2024-04-01", "2024-06-30"),
        "Quý III": P("Quý III", "2024-07-01", "2024-09-30"), "9 tháng": Y9}
ROWS = [("Ngân hàng", ["20.150", "78.420", "105.300", "203.870"], "64,0"),
        ("Bất động sản", ["6.870", "21.600", "38.450", "66.920"], "21,0"),
        ("Sản xuất, dịch vụ khác", ["5.210", "17.880", "24.570", "47.660"], "15,0"),
        ("Tổng cộng", ["32.230", "117.900", "168.320", "318.450"], "100")]

FIGS = [
    F("có 312 đợt", "312", 312, "count", "đợt", "đợt phát hành trái phiếu doanh nghiệp riêng lẻ",
      period=P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("và 21 đợt", "21", 21, "count", "đợt", "đợt phát hành trái phiếu doanh nghiệp ra công chúng",
      period=P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("giá trị 318.450 tỷ", "318.450", 318_450e9, "money", "đồng", "tổng giá trị phát hành trái phiếu doanh nghiệp",
      change={"direction": "increase", "value": 48.7, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      period=P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
]
for label, cells, share in ROWS:
    prev = label
    for col, cell in zip(["Quý I", "Quý II", "Quý III", "9 tháng"], cells):
        anchor = f"{prev} | {cell} |"
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")) * 1e9, "money", "đồng",
                      f"giá trị phát hành {col} {label}", period=COLS[col]))
        prev = cell
    FIGS.append(F(f"{prev} | {share}\n", share, float(share.replace(",", ".")), "percent", "%",
                  f"tỷ trọng {label}", period=Y9i))

FIGS += [
    F("trước hạn 142.600 tỷ", "142.600", 142_600e9, "money", "đồng", "trái phiếu mua lại trước hạn",
      change={"direction": "decrease", "value": 11.2, "unit": "%", "baseline": "cùng kỳ"},
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 68.000 tỷ", "68.000", 68_000e9, "money", "đồng", "giá trị trái phiếu đến hạn",
      approx="about", status="estimate", period=P("trong quý IV/2024", "2024-10-01", "2024-12-31")),
    F("chiếm 38%", "38", 38, "percent", "%", "tỷ trọng trái phiếu đến hạn nhóm bất động sản",
      status="estimate", period=P("trong quý IV/2024", "2024-10-01", "2024-12-31")),
    F("có 79 doanh nghiệp", "79", 79, "count", "doanh nghiệp", "doanh nghiệp chậm trả lãi, gốc",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("khoảng 176.000 tỷ", "176.000", 176_000e9, "money", "đồng", "dư nợ trái phiếu của doanh nghiệp chậm trả",
      approx="about", period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("khoảng 45.000 – 50.000", "45.000", 45_000e9, "money", "đồng", "trái phiếu được phát hành",
      value_max=50_000e9, approx="about", status="forecast", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (UBCKNN, 'Số: 486/BC-UBCK'; place-and-date line 'Hà Nội, ngày 18 tháng 10 năm 2024'): corporate bonds, 9 months of 2024.",
    "Flattened '|' table under 'Đơn vị tính: tỷ đồng' (money ×10⁹ đồng); the 'Tỷ trọng (%)' column is percent. Every numeric cell is a figure, subject = column + row label.",
    "Cell periods from the column header (Quý I/II/III, 9 tháng; year 2024 from the title); the share column has no period header and inherits '9 tháng năm 2024'.",
    "No total on table cells (FIGURES.md gives tables no part-of rule); 'Tổng cộng' row cells are figures of their own.",
    "Distractors: document number, section numbers 1./2./3., 'Bảng 2', 'Lưu: VT, QLPH', 'Hà Nội' in the place-and-date line (location stays Việt Nam).",
    "'ước khoảng 68.000 tỷ': approx about, status estimate; 'trong đó … chiếm 38%' continues the estimate clause (own percent figure: no count part).",
    "'Tính đến ngày 30/9/2024' is an as-of for 79 doanh nghiệp and 176.000 tỷ. 'Dự kiến quý IV/2024 … 45.000 – 50.000': forecast range.",
]

if __name__ == "__main__":
    build("p235-4", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Việt Nam")
