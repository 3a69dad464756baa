"""p551-7: Sở LĐ-TB&XH tỉnh Bình Dương (department site, no dateline) — huấn luyện ATVSLĐ 9 tháng 2024, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

ROWS = [
    ("Nhóm 1", "2.400", "1.985", "82,7"),
    ("Nhóm 2", "1.500", "1.312", "87,5"),
    ("Nhóm 3", "32.000", "27.846", "87,0"),
    ("Nhóm 4", "62.000", "52.903", "85,3"),
    ("Nhóm 5", "900", "744", "82,7"),
    ("Nhóm 6", "2.800", "1.630", "58,2"),
]

TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG
Trang chủ / Tin hoạt động / An toàn lao động

Kết quả huấn luyện an toàn, vệ sinh lao động 9 tháng năm 2024

Trong 9 tháng năm 2024, các tổ chức huấn luyện trên địa bàn tỉnh Bình Dương đã huấn luyện an toàn, vệ sinh lao động cho 86.420 người, tăng 12,3% so với cùng kỳ; số doanh nghiệp có người được huấn luyện là 1.735 doanh nghiệp. Kết quả theo nhóm đối tượng như sau:

Bảng 2. Kết quả huấn luyện theo nhóm đối tượng
Đơn vị tính: người
Nhóm đối tượng
Kế hoạch năm 2024
Thực hiện 9 tháng năm 2024
Tỷ lệ thực hiện (%)
""" + TABLE + """

Nhóm 6 (an toàn, vệ sinh viên) có tỷ lệ thấp nhất do nhiều doanh nghiệp nhỏ chưa thành lập mạng lưới an toàn, vệ sinh viên.

Hiện toàn tỉnh có 27 tổ chức được cấp giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động, trong đó 19 tổ chức hạng B và 8 tổ chức hạng C. Chi phí huấn luyện bình quân từ 250.000 đến 400.000 đồng/người.

Sở LĐ-TB&XH tỉnh Bình Dương – Tầng 9, tháp A, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP. Thủ Dầu Một. Điện thoại: 0274.3822.849.
Số lượt truy cập: 2.184.557
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")
TL = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("cho 86.420 người", "86.420", 86420, "count", "người", "người được huấn luyện an toàn, vệ sinh lao động", M9,
      change=CH("increase", 12.3, "%", "cùng kỳ")),
    F("là 1.735 doanh nghiệp", "1.735", 1735, "count", "doanh nghiệp", "doanh nghiệp có người được huấn luyện", M9),
]
for label, kh, th, tl in ROWS:
    FIGS.append(F(f"{label}\n{kh}\n", kh, num(kh), "count", "người", f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(f"\n{kh}\n{th}\n", th, num(th), "count", "người", f"{label} thực hiện 9 tháng năm 2024", TH))
    FIGS.append(F(f"\n{th}\n{tl}", tl, num(tl), "percent", "%", f"{label} tỷ lệ thực hiện", TL))
FIGS += [
    F("có 27 tổ chức", "27", 27, "count", "tổ chức",
      "tổ chức được cấp giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động"),
    F("trong đó 19 tổ chức", "19", 19, "count", "tổ chức", "tổ chức huấn luyện hạng B", total=27),
    F("và 8 tổ chức", "8", 8, "count", "tổ chức", "tổ chức huấn luyện hạng C", total=27),
    F("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/người", "chi phí huấn luyện bình quân",
      value_max=400000),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH tỉnh Bình Dương), breadcrumb, NO dateline (no published), visit counter in the footer:",
    "kết quả huấn luyện ATVSLĐ 9 tháng năm 2024 with a one-cell-per-line table, `Đơn vị tính: người`, columns Kế hoạch năm 2024 |",
    "Thực hiện 9 tháng năm 2024 | Tỷ lệ thực hiện (%). Every numeric cell is a figure: plan cells target (period 2024, scored),",
    "result cells actual (period 9 tháng 2024, scored), ratio cells percent (header `(%)` overrides the unit line; period inherited).",
    "Row labels `Nhóm 1` … `Nhóm 6` are names, not figures; the result cells get no target/percent attribute (cells are figures).",
    "`trong đó 19 … và 8 tổ chức` -> parts of 27. `Hiện` sentences: no period.",
    "Distractors: Bảng 2, Nhóm 1-6, Nhóm 6 (an toàn, vệ sinh viên), hạng B/C, Tầng 9, 0274.3822.849, Số lượt truy cập: 2.184.557.",
]

if __name__ == "__main__":
    emit("p551-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")
