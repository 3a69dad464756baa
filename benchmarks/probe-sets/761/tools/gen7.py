from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
CHI CỤC KIỂM LÂM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả cấp mã số cơ sở trồng cây trầm hương năm 2023

Thực hiện Nghị định số 06/2019/NĐ-CP và Thông tư số 27/2018/TT-BNNPTNT, năm 2023 Chi cục Kiểm lâm tỉnh Đồng Nai đã cấp mã số cho 186 cơ sở trồng cây trầm hương với tổng diện tích 1.042,6 ha và 1.215.000 cây, nâng tổng số cơ sở được cấp mã số trên địa bàn tỉnh lên 642 cơ sở. Kết quả theo từng huyện như sau:

Bảng: Cơ sở trồng trầm hương được cấp mã số năm 2023
Huyện
Số cơ sở (cơ sở)
Diện tích (ha)
Số cây (nghìn cây)
Tân Phú
74
412,5
486
Định Quán
52
305,8
352
Vĩnh Cửu
33
186,3
215
Xuân Lộc
27
138,0
162
Tổng
186
1.042,6
1.215

Các cơ sở được cấp mã số chủ yếu là hộ gia đình (chiếm 91,4%); quy mô bình quân 5,6 ha/cơ sở. Trong năm, lực lượng Kiểm lâm đã kiểm tra 58 cơ sở chế biến, phát hiện và xử lý 6 vụ vi phạm về nguồn gốc lâm sản, tịch thu 215 kg trầm không rõ nguồn gốc, phạt hành chính 142 triệu đồng.

Năm 2024, Chi cục phấn đấu cấp mã số thêm 150 cơ sở, bảo đảm 100% cơ sở trồng trầm hương trên địa bàn được cấp mã số trước ngày 31/12/2025.

Mọi chi tiết xin liên hệ: Chi cục Kiểm lâm Đồng Nai, số 1 đường Nguyễn Ái Quốc, phường Tân Hiệp, TP. Biên Hòa. ĐT: 0251.3822.349
Tổng số lượt truy cập: 1.257.880
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TB = I(P("năm 2023", "2023-01-01", "2023-12-31"))
IN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DL = P("trước ngày 31/12/2025", end="2025-12-31")


def row(place, n, area, trees, loc=None, label=None):
    kw = {"location": loc} if loc else {}
    sfx = f" {label}" if label else ""
    return [
        F(f"{place}\n{n}\n", n, float(n), "count", "cơ sở", f"Số cơ sở{sfx}", TB, **kw),
        F(f"{n}\n{area}\n", area, float(area.replace(".", "").replace(",", ".")), "measure", "ha",
          f"Diện tích{sfx}", TB, **kw),
        F(f"{area}\n{trees}\n", trees, float(trees.replace(".", "")) * 1000, "count", "cây",
          f"Số cây{sfx}", TB, **kw),
    ]


FIGS = [
    F("cho 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở trồng cây trầm hương được cấp mã số", Y23),
    F("diện tích 1.042,6 ha", "1.042,6", 1042.6, "measure", "ha", "tổng diện tích cơ sở trồng cây trầm hương được cấp mã số", Y23),
    F("và 1.215.000 cây", "1.215.000", 1215000, "count", "cây", "cây trầm hương của cơ sở được cấp mã số", Y23),
    F("lên 642 cơ sở", "642", 642, "count", "cơ sở", "tổng số cơ sở được cấp mã số trên địa bàn tỉnh", Y23),
]
FIGS += row("Tân Phú", "74", "412,5", "486", loc="Tân Phú")
FIGS += row("Định Quán", "52", "305,8", "352", loc="Định Quán")
FIGS += row("Vĩnh Cửu", "33", "186,3", "215", loc="Vĩnh Cửu")
FIGS += row("Xuân Lộc", "27", "138,0", "162", loc="Xuân Lộc")
FIGS += row("Tổng", "186", "1.042,6", "1.215", label="tổng")
FIGS += [
    F("(chiếm 91,4%)", "91,4", 91.4, "percent", "%", "cơ sở được cấp mã số là hộ gia đình"),
    F("bình quân 5,6 ha/cơ sở", "5,6", 5.6, "measure", "ha/cơ sở", "quy mô bình quân cơ sở trồng trầm hương"),
    F("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở chế biến được kiểm tra", IN),
    F("xử lý 6 vụ", "6", 6, "count", "vụ", "vụ vi phạm về nguồn gốc lâm sản bị phát hiện và xử lý", IN),
    F("tịch thu 215 kg", "215", 215, "measure", "kg", "trầm không rõ nguồn gốc bị tịch thu", IN),
    F("phạt hành chính 142 triệu đồng", "142", 142e6, "money", "đồng", "tiền phạt hành chính", IN),
    F("thêm 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở được cấp mã số thêm", Y24, status="target"),
    F("bảo đảm 100%", "100", 100, "percent", "%", "cơ sở trồng trầm hương trên địa bàn được cấp mã số", DL, status="target"),
]

COMMENTS = [
    "Department site (Chi cục Kiểm lâm, Sở NN&PTNT Đồng Nai), no dateline: CITES registration codes for agarwood plantations in 2023.",
    "One-cell-per-line table with units in the column headers ('Số cây (nghìn cây)': 486 = 486.000 cây). District rows go to location;",
    "the 'Tổng' row is Đồng Nai's. Table periods come from the table title (another line): inherited. No cell gets a total.",
    "'(chiếm 91,4%)' follows 'hộ gia đình' (no number): a percent figure. 'Trong năm' = the article's year 2023 (spec: 'trong tháng' in a monthly report).",
    "revised after scoring: table-cell subjects had the table title's context added ('… trồng trầm hương được cấp mã số'); FIGURES.md says a",
    "cell's subject is the row label and the column label, so they are now the column label ('Số cơ sở', 'Diện tích', 'Số cây', + 'tổng').",
    "100% has its own deadline in the sentence ('trước ngày 31/12/2025', an as-of end), not 'Năm 2024'.",
    "Not figures: Nghị định số 06/2019/NĐ-CP, Thông tư số 27/2018/TT-BNNPTNT, 'số 1 đường Nguyễn Ái Quốc', phone, 'Tổng số lượt truy cập: 1.257.880'.",
]

if __name__ == "__main__":
    emit("p761-7", TEXT, COMMENTS, FIGS, location="Đồng Nai")
