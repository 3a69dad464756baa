"""p1165-3: formal report of UBND tỉnh Quảng Nam on notarial and authentication work in 2023, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Quảng Nam, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác công chứng, chứng thực năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức hành nghề công chứng
Tính đến ngày 31/12/2023, toàn tỉnh có 24 tổ chức hành nghề công chứng, tăng 3 tổ chức so với năm 2022, gồm 1 phòng công chứng và 23 văn phòng công chứng; số công chứng viên là 46 người.

2. Kết quả công chứng
Năm 2023, các tổ chức hành nghề công chứng đã công chứng 40.418 việc, giảm 2,3% so với năm 2022, chủ yếu do thị trường bất động sản trầm lắng; thu phí công chứng 27,6 tỷ đồng, nộp thuế hơn 3,1 tỷ đồng.

Bảng 1. Số việc công chứng theo loại việc
Đơn vị tính: việc
Loại việc | Năm 2022 | Năm 2023
Chuyển nhượng, tặng cho bất động sản | 21.408 | 18.962
Hợp đồng thế chấp | 9.735 | 10.214
Văn bản thừa kế | 2.816 | 3.105
Bản dịch và việc khác | 7.420 | 8.137
Tổng cộng | 41.379 | 40.418

3. Chứng thực
Phòng Tư pháp cấp huyện và UBND cấp xã đã chứng thực 1.126.470 bản sao từ bản chính, 41.852 việc chứng thực chữ ký và 9.308 hợp đồng, giao dịch; thu lệ phí khoảng 2,9 tỷ đồng. Trong năm, Sở Tư pháp thanh tra 6 tổ chức hành nghề công chứng, xử phạt vi phạm hành chính 2 trường hợp với tổng số tiền 45 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% hồ sơ công chứng được cập nhật vào cơ sở dữ liệu công chứng của tỉnh; thành lập mới từ 2 đến 3 văn phòng công chứng tại các huyện miền núi.

Nơi nhận:
- Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
TITLE = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
INYEAR = per("Trong năm", "2023-01-01", "2023-12-31")
PH24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, year):
    p = Y22 if year == 2022 else Y23
    return fig(anchor, number, value, "count", "việc", subject=f"công chứng {row} năm {year}", period=p)


FIGS = [
    fig("có 24 tổ chức", "24", 24, "count", "tổ chức hành nghề công chứng",
        change=chg("increase", 3, "tổ chức", "năm 2022"), subject="tổ chức hành nghề công chứng", period=ASOF),
    fig("gồm 1 phòng", "1", 1, "count", "phòng công chứng", total=24, subject="phòng công chứng", period=ASOF),
    fig("và 23 văn phòng", "23", 23, "count", "văn phòng công chứng", total=24,
        subject="văn phòng công chứng", period=ASOF),
    fig("là 46 người", "46", 46, "count", "người", subject="số công chứng viên", period=ASOF),
    fig("công chứng 40.418 việc", "40.418", 40418, "count", "việc",
        change=chg("decrease", 2.3, "%", "năm 2022"), subject="việc công chứng", period=Y23),
    fig("phí công chứng 27,6 tỷ", "27,6", 27.6e9, "money", "đồng", subject="phí công chứng", period=Y23),
    fig("hơn 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", approx="over", subject="thuế nộp", period=Y23),
    cell("bất động sản | 21.408", "21.408", 21408, "chuyển nhượng, tặng cho bất động sản", 2022),
    cell("21.408 | 18.962", "18.962", 18962, "chuyển nhượng, tặng cho bất động sản", 2023),
    cell("thế chấp | 9.735", "9.735", 9735, "hợp đồng thế chấp", 2022),
    cell("9.735 | 10.214", "10.214", 10214, "hợp đồng thế chấp", 2023),
    cell("thừa kế | 2.816", "2.816", 2816, "văn bản thừa kế", 2022),
    cell("2.816 | 3.105", "3.105", 3105, "văn bản thừa kế", 2023),
    cell("việc khác | 7.420", "7.420", 7420, "bản dịch và việc khác", 2022),
    cell("7.420 | 8.137", "8.137", 8137, "bản dịch và việc khác", 2023),
    cell("Tổng cộng | 41.379", "41.379", 41379, "tổng cộng", 2022),
    cell("41.379 | 40.418", "40.418", 40418, "tổng cộng", 2023),
    fig("chứng thực 1.126.470 bản sao", "1.126.470", 1126470, "count", "bản sao",
        subject="bản sao từ bản chính được chứng thực", period=TITLE),
    fig("41.852 việc", "41.852", 41852, "count", "việc chứng thực chữ ký", subject="việc chứng thực chữ ký",
        period=TITLE),
    fig("9.308 hợp đồng", "9.308", 9308, "count", "hợp đồng, giao dịch",
        subject="hợp đồng, giao dịch được chứng thực", period=TITLE),
    fig("khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", approx="about", subject="lệ phí chứng thực",
        period=TITLE),
    fig("thanh tra 6 tổ chức", "6", 6, "count", "tổ chức hành nghề công chứng",
        subject="tổ chức hành nghề công chứng được thanh tra", period=INYEAR),
    fig("xử phạt vi phạm hành chính 2 trường hợp", "2", 2, "count", "trường hợp",
        subject="trường hợp bị xử phạt vi phạm hành chính", period=INYEAR),
    fig("số tiền 45 triệu", "45", 45e6, "money", "đồng", subject="tổng số tiền xử phạt vi phạm hành chính",
        period=INYEAR),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="hồ sơ công chứng được cập nhật vào cơ sở dữ liệu công chứng", period=PH24),
    fig("từ 2 đến 3 văn phòng", "2", 2, "count", "văn phòng công chứng", value_max=3, status="target",
        subject="văn phòng công chứng thành lập mới tại các huyện miền núi", period=PH24),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Nam, Số: 38/BC-UBND, 'Quảng Nam, ngày 22 tháng 01 năm 2024'): notary and authentication 2023.",
    "Flattened '|' table 'Bảng 1', 'Đơn vị tính: việc', columns Năm 2022 / Năm 2023 (periods scored from the header), Tổng cộng row.",
    "Table cells get no totals; the Tổng cộng 2023 cell repeats the 40.418 of the text (its own figure in the table).",
    "Distractors: Số: 38/BC-UBND, 'Bảng 1', section numbers I./II./1.-3., 'Lưu: VT, NC', date of the report.",
    "Section 3 has no period in its sentence: the title's 'năm 2023' is inherited. 'Trong năm' in the report on 2023 = 2023 (scored).",
    "Section II targets inherit 'PHƯƠNG HƯỚNG NĂM 2024'. 'tăng 3 tổ chức so với năm 2022' is the change of the 24.",
]

if __name__ == "__main__":
    write("p1165-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Quảng Nam")
