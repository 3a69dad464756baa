"""p1169-3: formal report (UBND tỉnh Điện Biên) on native crop genetic resources in 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 20 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ bảo tồn nguồn gen cây trồng bản địa năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Điều tra, thu thập nguồn gen
Năm 2023, các đơn vị đã thu thập bổ sung 46 mẫu giống cây trồng bản địa, nâng tổng số mẫu đang lưu giữ tại Trung tâm Giống cây trồng tỉnh lên 218 mẫu. Tỷ lệ mẫu giống có sức nảy mầm đạt yêu cầu là 93,6%.

2. Diện tích bảo tồn tại các huyện
Đơn vị tính: ha
Huyện | Lúa bản địa | Ngô, đậu bản địa | Cây dược liệu
Điện Biên Đông | 215 | 35 | 18
Mường Ảng | 156 | 42 | 27
Tủa Chùa | 98 | 61 | 44
Nậm Pồ | 270 | 28 | 39
Tổng cộng | 739 | 166 | 128

3. Sản xuất lúa đặc sản bản địa
Diện tích nếp cẩm, nếp tan và lúa nương bản địa toàn tỉnh năm 2023 ước đạt 1.850 ha, chiếm 6,2% diện tích lúa; sản lượng khoảng 7.400 tấn. Giá nếp cẩm từ 35.000 đến 45.000 đồng/kg, gấp 1,5 lần gạo tẻ thường.

II. NHIỆM VỤ NĂM 2024
Phấn đấu thu thập thêm 30 mẫu giống, đưa tổng số mẫu lưu giữ lên 248 mẫu; duy trì diện tích bảo tồn trên 1.000 ha; hỗ trợ 500 hộ nông dân tự nhân giống tại chỗ.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
NV24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Lúa bản địa": "lúa bản địa", "Ngô, đậu bản địa": "ngô, đậu bản địa", "Cây dược liệu": "cây dược liệu"}


def cell(anchor, number, value, row, col):
    place = "Điện Biên" if row == "Tổng cộng" else row
    subj = f"diện tích bảo tồn {COLS[col]}" + (" tổng cộng" if row == "Tổng cộng" else "")
    return F(anchor, number, value, "measure", "ha", subject=subj, period=I(Y23), location=place)


FIGS = [
    F("bổ sung 46 mẫu", "46", 46, "count", "mẫu giống",
      subject="mẫu giống cây trồng bản địa thu thập bổ sung", period=Y23),
    F("lên 218 mẫu", "218", 218, "count", "mẫu",
      subject="tổng số mẫu đang lưu giữ tại Trung tâm Giống cây trồng tỉnh", period=Y23),
    F("là 93,6%", "93,6", 93.6, "percent", "%",
      subject="tỷ lệ mẫu giống có sức nảy mầm đạt yêu cầu", period=I(Y23)),
    cell("Đông | 215", "215", 215, "Điện Biên Đông", "Lúa bản địa"),
    cell("215 | 35", "35", 35, "Điện Biên Đông", "Ngô, đậu bản địa"),
    cell("35 | 18", "18", 18, "Điện Biên Đông", "Cây dược liệu"),
    cell("Ảng | 156", "156", 156, "Mường Ảng", "Lúa bản địa"),
    cell("156 | 42", "42", 42, "Mường Ảng", "Ngô, đậu bản địa"),
    cell("42 | 27", "27", 27, "Mường Ảng", "Cây dược liệu"),
    cell("Chùa | 98", "98", 98, "Tủa Chùa", "Lúa bản địa"),
    cell("98 | 61", "61", 61, "Tủa Chùa", "Ngô, đậu bản địa"),
    cell("61 | 44", "44", 44, "Tủa Chùa", "Cây dược liệu"),
    cell("Pồ | 270", "270", 270, "Nậm Pồ", "Lúa bản địa"),
    cell("270 | 28", "28", 28, "Nậm Pồ", "Ngô, đậu bản địa"),
    cell("28 | 39", "39", 39, "Nậm Pồ", "Cây dược liệu"),
    cell("cộng | 739", "739", 739, "Tổng cộng", "Lúa bản địa"),
    cell("739 | 166", "166", 166, "Tổng cộng", "Ngô, đậu bản địa"),
    cell("166 | 128", "128", 128, "Tổng cộng", "Cây dược liệu"),
    F("ước đạt 1.850 ha", "1.850", 1850, "measure", "ha", status="estimate", percent=6.2,
      subject="diện tích nếp cẩm, nếp tan và lúa nương bản địa", period=Y23b),
    F("khoảng 7.400 tấn", "7.400", 7400, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng nếp cẩm, nếp tan và lúa nương bản địa", period=Y23b),
    F("từ 35.000 đến 45.000", "35.000", 35000, "money", "đồng/kg", value_max=45000,
      change=C("increase", 1.5, "lần", "gạo tẻ thường"), subject="giá nếp cẩm", period=I(Y23b)),
    F("thêm 30 mẫu", "30", 30, "count", "mẫu giống", status="target",
      subject="mẫu giống thu thập thêm", period=NV24),
    F("lên 248 mẫu", "248", 248, "count", "mẫu", status="target",
      subject="tổng số mẫu lưu giữ", period=NV24),
    F("trên 1.000 ha", "1.000", 1000, "measure", "ha", approx="over", status="target",
      subject="diện tích bảo tồn", period=NV24),
    F("hỗ trợ 500 hộ", "500", 500, "count", "hộ nông dân", status="target",
      subject="hộ nông dân được hỗ trợ tự nhân giống tại chỗ", period=NV24),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐIỆN BIÊN', 'Số: 58/BC-UBND', 'Điện Biên, ngày 20 tháng 3 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: ha'; rows are districts → location, subject = 'diện tích bảo tồn' + column label;",
    "'Tổng cộng' row → location Điện Biên (province), subject + 'tổng cộng'. Column label 'Ngô, đậu bản địa' holds a comma inside a cell.",
    "Table cells: period năm 2023 inherited from the title; no totals for cells. 46 mẫu is not given a total ('nâng … lên 218 mẫu' is no part-of cue).",
    "'ước đạt … ; sản lượng khoảng …' continues the estimate. Section II targets inherit the heading 'NHIỆM VỤ NĂM 2024'.",
    "Distractors: 58/BC-UBND, the date line, section numbers I., II., 1.-3., 'NN&PTNT', 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1169-3", TEXT, NOTES, FIGS, published="2024-03-20", location="Điện Biên")
