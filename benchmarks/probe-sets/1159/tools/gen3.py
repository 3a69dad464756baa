"""p1159-3: formal report, UBND tỉnh Hải Dương, wig exports 2023, flattened '|' table by district."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH HẢI DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 38/BC-UBND
Hải Dương, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả phát triển ngành sản xuất tóc giả xuất khẩu năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Cơ sở sản xuất và lao động
Đến ngày 31/12/2023, toàn tỉnh có 46 doanh nghiệp, cơ sở sản xuất tóc giả, tăng 5 cơ sở so với năm 2022; trong đó có 9 doanh nghiệp có vốn đầu tư nước ngoài. Các cơ sở sử dụng 6.830 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng.
2. Xuất khẩu
Năm 2023, kim ngạch xuất khẩu tóc giả đạt 41,7 triệu USD, bằng 104,3% kế hoạch, tăng 11,5% so với năm 2022. Hoa Kỳ là thị trường lớn nhất, chiếm 46% kim ngạch.

Kim ngạch xuất khẩu tóc giả theo địa phương
Đơn vị tính: nghìn USD
Địa phương | Năm 2022 | Năm 2023
Ninh Giang | 14.250 | 16.380
Thanh Miện | 9.820 | 11.040
Tứ Kỳ | 6.110 | 7.260
Các huyện khác | 7.220 | 7.020
Tổng cộng | 37.400 | 41.700

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu kim ngạch xuất khẩu tóc giả đạt 46 triệu USD, thu hút thêm khoảng 800 lao động; hỗ trợ 50% chi phí đầu tư hệ thống xử lý nước thải cho các cơ sở tại Cụm công nghiệp số 2 huyện Ninh Giang.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31")
IND = "kim ngạch xuất khẩu tóc giả"


def cell(anchor, number, value, row, col, place=None):
    per = {"Năm 2022": Y22, "Năm 2023": Y23}[col]
    label = f"{IND} {row} {col.lower()}" if row else f"{IND} {col.lower()}"
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "money", "USD", subject=label, period=per, **kw)


FIGS = [
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp, cơ sở",
      change=C("increase", 5, "cơ sở", "năm 2022"),
      subject="doanh nghiệp, cơ sở sản xuất tóc giả", period=ASOF),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=46,
      subject="doanh nghiệp sản xuất tóc giả có vốn đầu tư nước ngoài", period=ASOF),
    F("sử dụng 6.830 lao động", "6.830", 6830, "count", "lao động",
      subject="lao động các cơ sở sản xuất tóc giả sử dụng", period=I(ASOF)),
    F("bình quân 7,2 triệu", "7,2", 7200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động sản xuất tóc giả", period=I(ASOF)),
    F("đạt 41,7 triệu USD", "41,7", 41700000, "money", "USD", percent=104.3,
      change=C("increase", 11.5, "%", "năm 2022"), subject=IND, period=Y23),
    F("chiếm 46%", "46", 46, "percent", "%",
      subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu tóc giả", period=I(Y23)),
    cell("Ninh Giang | 14.250", "14.250", 14250000, None, "Năm 2022", "Ninh Giang"),
    cell("14.250 | 16.380", "16.380", 16380000, None, "Năm 2023", "Ninh Giang"),
    cell("Thanh Miện | 9.820", "9.820", 9820000, None, "Năm 2022", "Thanh Miện"),
    cell("9.820 | 11.040", "11.040", 11040000, None, "Năm 2023", "Thanh Miện"),
    cell("Tứ Kỳ | 6.110", "6.110", 6110000, None, "Năm 2022", "Tứ Kỳ"),
    cell("6.110 | 7.260", "7.260", 7260000, None, "Năm 2023", "Tứ Kỳ"),
    cell("khác | 7.220", "7.220", 7220000, "các huyện khác", "Năm 2022"),
    cell("7.220 | 7.020", "7.020", 7020000, "các huyện khác", "Năm 2023"),
    cell("cộng | 37.400", "37.400", 37400000, "tổng cộng", "Năm 2022"),
    cell("37.400 | 41.700", "41.700", 41700000, "tổng cộng", "Năm 2023"),
    F("đạt 46 triệu USD", "46", 46000000, "money", "USD", status="target", subject=IND, period=I(Y24)),
    F("khoảng 800 lao động", "800", 800, "count", "lao động", approx="about", status="target",
      subject="lao động thu hút thêm", period=I(Y24)),
    F("hỗ trợ 50%", "50", 50, "percent", "%", status="target",
      subject="hỗ trợ chi phí đầu tư hệ thống xử lý nước thải", period=I(Y24), location="Ninh Giang"),
]

NOTES = [
    "Formal report under a letterhead: UBND TỈNH HẢI DƯƠNG, 'Số: 38/BC-UBND', 'Hải Dương, ngày 22 tháng 01 năm 2024', sections I/II, 1/2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn USD': 14.250 = 14 250 000 USD. Place rows go to location, the rest is subject (indicator + column);",
    "periods from the column headers (scored). 'Các huyện khác' and 'Tổng cộng' rows stay in Hải Dương. Cells get no totals.",
    "9 doanh nghiệp FDI is a part of the 46 ('; trong đó', same sentence: the as-of period is scored). 'tăng 5 cơ sở' is the change of 46.",
    "Section II targets take 'PHƯƠNG HƯỚNG NĂM 2024' from the heading (inherited). 'hỗ trợ 50%' targets workshops in a Ninh Giang industrial cluster.",
    "Distractors: 'Số: 38/BC-UBND', section numbers I, II, 1., 2., 'Cụm công nghiệp số 2', 'Lưu: VT, KTN', the date line.",
]

if __name__ == "__main__":
    write("p1159-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Hải Dương")
