from lib import P, C, T, write

text = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC TRỌNG
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Trọng, ngày 08 tháng 01 năm 2025

BÁO CÁO
Tình hình thực hiện công tác đấu thầu năm 2024

Thực hiện Công văn số 3127/SKHĐT-ĐT ngày 16/12/2024 của Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng, UBND huyện Đức Trọng báo cáo như sau:

I. KẾT QUẢ LỰA CHỌN NHÀ THẦU
Năm 2024, các chủ đầu tư trên địa bàn huyện đã tổ chức lựa chọn nhà thầu đối với 214 gói thầu, tăng 18 gói so với năm 2023. Kết quả theo hình thức lựa chọn nhà thầu như sau:

Đơn vị tính: triệu đồng
Hình thức | Số gói thầu | Giá gói thầu | Giá trúng thầu | Tiết kiệm | Tỷ lệ tiết kiệm (%)
Đấu thầu rộng rãi | 41 | 186.420 | 176.953 | 9.467 | 5,08
Chào hàng cạnh tranh | 27 | 12.860 | 12.318 | 542 | 4,21
Chỉ định thầu | 139 | 38.715 | 38.102 | 613 | 1,58
Mua sắm trực tiếp | 7 | 2.145 | 2.097 | 48 | 2,24
Tổng cộng | 214 | 240.140 | 229.470 | 10.670 | 4,44

Số gói thầu lựa chọn nhà thầu qua mạng là 66/68 gói thuộc diện bắt buộc, đạt 97,1%; còn 02 gói không thực hiện qua mạng do thuộc danh mục bí mật nhà nước.

II. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM
Trong năm, huyện tổ chức 03 cuộc kiểm tra công tác đấu thầu tại 09 chủ đầu tư; phát hiện 05 gói thầu có sai sót trong hồ sơ mời thầu và đã yêu cầu điều chỉnh. Không có kiến nghị về kết quả lựa chọn nhà thầu.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% gói thầu thuộc diện bắt buộc được lựa chọn nhà thầu qua mạng; tỷ lệ tiết kiệm bình quân không thấp hơn 5%.

Nơi nhận:
- Sở KH&ĐT (b/c);
- Lưu: VT, TCKH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hải
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

rows = [
    ("Đấu thầu rộng rãi", ["41", "186.420", "176.953", "9.467", "5,08"]),
    ("Chào hàng cạnh tranh", ["27", "12.860", "12.318", "542", "4,21"]),
    ("Chỉ định thầu", ["139", "38.715", "38.102", "613", "1,58"]),
    ("Mua sắm trực tiếp", ["7", "2.145", "2.097", "48", "2,24"]),
    ("Tổng cộng", ["214", "240.140", "229.470", "10.670", "4,44"]),
]
cols = ["Số gói thầu", "Giá gói thầu", "Giá trúng thầu", "Tiết kiệm", "Tỷ lệ tiết kiệm"]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    dict(anchor="đối với 214 gói thầu", number="214", value=214, kind="count", unit="gói thầu",
         change=C("increase", 18, "gói", "năm 2023"), subject="gói thầu tổ chức lựa chọn nhà thầu", period=Y),
]
for label, cells in rows:
    prev = label
    for col, cell in zip(cols, cells):
        anchor = f"{prev} | {cell}" + (" |" if col != cols[-1] else "\n")
        v = num(cell)
        if col == "Số gói thầu":
            f = dict(kind="count", unit="gói thầu", value=v)
        elif col == "Tỷ lệ tiết kiệm":
            f = dict(kind="percent", unit="%", value=v)
        else:
            f = dict(kind="money", unit="đồng", value=v * 1e6)
        figs.append(dict(anchor=anchor, number=cell, subject=f"{col} {label}", period=Yi, **f))
        prev = cell

figs += [
    dict(anchor="là 66/68 gói", number="66", value=66, kind="count", unit="gói", total=68, percent=97.1,
         subject="gói thầu lựa chọn nhà thầu qua mạng", period=Yi),
    dict(anchor="còn 02 gói", number="02", value=2, kind="count", unit="gói",
         subject="gói không thực hiện qua mạng", period=Yi),
    dict(anchor="tổ chức 03 cuộc", number="03", value=3, kind="count", unit="cuộc kiểm tra",
         subject="cuộc kiểm tra công tác đấu thầu", period=Yi),
    dict(anchor="tại 09 chủ đầu tư", number="09", value=9, kind="count", unit="chủ đầu tư",
         subject="chủ đầu tư được kiểm tra", period=Yi),
    dict(anchor="phát hiện 05 gói thầu", number="05", value=5, kind="count", unit="gói thầu",
         subject="gói thầu có sai sót trong hồ sơ mời thầu", period=Yi),
    dict(anchor="Phấn đấu 100%", number="100", value=100, kind="percent", unit="%", status="target",
         subject="gói thầu thuộc diện bắt buộc được lựa chọn nhà thầu qua mạng", period=Y25i),
    dict(anchor="không thấp hơn 5%", number="5", value=5, kind="percent", unit="%", approx="at_least", status="target",
         subject="tỷ lệ tiết kiệm bình quân", period=Y25i),
]

comments = [
    "Formal report with letterhead (UBND huyện Đức Trọng, Lâm Đồng, 'Số: 418/BC-UBND'); the place-and-date line gives published 2025-01-08.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' for the money columns (×10^6, unit đồng); 'Số gói thầu' counts packages and the",
    "'(%)' column is percent. Every numeric cell is a figure; subject = column label + row label; period 'Năm 2024' from the text (inherited).",
    "Table cells get no total (FIGURES.md gives tables no part-of rule; 'Tổng cộng' row cells are figures of their own).",
    "'214 gói thầu, tăng 18 gói so với năm 2023': change in 'gói'. '66/68 gói …, đạt 97,1%': total 68 and percent 97.1.",
    "Section III heading 'NĂM 2025' is the period of the targets (inherited); 'Phấn đấu' -> target; 'không thấp hơn 5%' read as at_least.",
    "Distractors: Số 418/BC-UBND, Công văn số 3127/SKHĐT-ĐT ngày 16/12/2024, section numbers I./II./III., 'Lưu: VT, TCKH', signer.",
]
write(2, comments, text, figs, published="2025-01-08", location="Đức Trọng")
