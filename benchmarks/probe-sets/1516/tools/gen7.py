"""p1516-7: department site without dateline (Sở Y tế Đồng Tháp): insecticide spraying by locality 2024; one-cell-per-line table."""
from lib import F, P, inh, C, T, write

TEXT = """SỞ Y TẾ TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Liên hệ

Phun hóa chất diệt muỗi cho hơn 36 nghìn hộ gia đình

Năm 2024, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Y tế các huyện, thành phố phun hóa chất diệt muỗi chủ động tại 4 địa phương trọng điểm về sốt xuất huyết. Tổng số hộ được phun ước đạt 36.440 hộ, vượt 4,1% kế hoạch. Lượng hóa chất đã sử dụng khoảng 2.300 lít.

Số hộ được phun hóa chất diệt muỗi
Đơn vị tính: hộ
Địa phương
Năm 2023
Kế hoạch 2024
Ước thực hiện 2024
TP Cao Lãnh
8.450
9.000
9.380
TP Sa Đéc
6.120
6.500
6.740
Huyện Tháp Mười
10.260
11.000
11.450
Huyện Lai Vung
7.930
8.500
8.870
Tổng cộng
32.760
35.000
36.440

Bên cạnh đó, ngành y tế cấp phát miễn phí 12.500 hộp nhang muỗi và 4.800 chai kem xua muỗi cho hộ nghèo, hộ cận nghèo; tổ chức 3 đợt chiến dịch diệt lăng quăng với hơn 9.000 lượt người tham gia. Năm 2024, toàn tỉnh ghi nhận 2.134 ca sốt xuất huyết, giảm 38,5% so với năm 2023, không có ca tử vong.

Tin khác:
- Hội nghị tổng kết công tác y tế năm 2024
- Tập huấn giám sát côn trùng truyền bệnh năm 2025

SỞ Y TẾ TỈNH ĐỒNG THÁP
Địa chỉ: Số 05 Võ Trường Toản, Phường 1, TP Cao Lãnh
Điện thoại: 0277.3851.027
Lượt truy cập: 1.204.337 | Đang online: 25
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), {}),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), {"status": "target"}),
        ("Ước thực hiện 2024", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), {"status": "estimate"})]
ROWS = [("TP Cao Lãnh", "Cao Lãnh", (8450, 9000, 9380)),
        ("TP Sa Đéc", "Sa Đéc", (6120, 6500, 6740)),
        ("Huyện Tháp Mười", "Tháp Mười", (10260, 11000, 11450)),
        ("Huyện Lai Vung", "Lai Vung", (7930, 8500, 8870)),
        ("Tổng cộng", None, (32760, 35000, 36440))]
SUBJ = "Số hộ được phun hóa chất diệt muỗi"


def dots(v):
    return f"{v:,}".replace(",", ".")


TABLE = []
for label, loc, vals in ROWS:
    for i, ((col, per, kw), v) in enumerate(zip(COLS, vals)):
        # anchor: the row label and the cells up to this one, so that every anchor is unique
        anchor = label + "\n" + "\n".join(dots(x) for x in vals[: i + 1])
        extra = dict(kw)
        if loc:
            extra["location"] = loc
        pre = "Tổng cộng " if loc is None else ""
        TABLE.append(F(anchor, dots(v), v, "count", "hộ", subject=f"{pre}{SUBJ} {col.lower()}", period=per,
                       **extra))
# the number of a cell must be its first whole occurrence in the anchor: check that no earlier cell repeats it
for f in TABLE:
    cells = f["anchor"].split("\n")[1:]
    assert cells.index(f["number"]) == len(cells) - 1, f["anchor"]

FIGS = [
    F("hơn 36 nghìn hộ", "36", 36000, "count", "hộ", approx="over",
      subject="hộ gia đình được phun hóa chất diệt muỗi"),
    F("tại 4 địa phương", "4", 4, "count", "địa phương",
      subject="địa phương trọng điểm về sốt xuất huyết được phun hóa chất diệt muỗi", period=Y24),
    F("ước đạt 36.440 hộ", "36.440", 36440, "count", "hộ", status="estimate",
      change=C("increase", 4.1, "%", "kế hoạch"), subject="tổng số hộ được phun", period=inh(Y24)),
    F("khoảng 2.300 lít", "2.300", 2300, "measure", "lít", approx="about",
      subject="lượng hóa chất đã sử dụng", period=inh(Y24)),
] + TABLE + [
    F("miễn phí 12.500 hộp", "12.500", 12500, "count", "hộp", subject="nhang muỗi cấp phát miễn phí"),
    F("4.800 chai", "4.800", 4800, "count", "chai", subject="kem xua muỗi cấp phát miễn phí"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", subject="đợt chiến dịch diệt lăng quăng"),
    F("hơn 9.000 lượt", "9.000", 9000, "count", "lượt người", approx="over",
      subject="lượt người tham gia chiến dịch diệt lăng quăng"),
    F("ghi nhận 2.134 ca", "2.134", 2134, "count", "ca", change=C("decrease", 38.5, "%", "năm 2023"),
      subject="ca sốt xuất huyết", period=Y24),
]

NOTES = [
    "Department site (Sở Y tế Đồng Tháp), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "One-cell-per-line table with 'Đơn vị tính: hộ', a place column and a 'Tổng cộng' row; columns Năm 2023 / Kế hoạch 2024 (target) /",
    "Ước thực hiện 2024 (estimate). Row labels that are places give the location; 'Tổng cộng' stays Đồng Tháp. Table cells get no total.",
    "Table anchors are the row label plus the cells up to the one meant (the cell values repeat nothing before them).",
    "'ước đạt 36.440 hộ, vượt 4,1% kế hoạch': estimate; the gap to plan is a change with baseline 'kế hoạch' (36 440 / 35 000 = 104,1%).",
    "Headline 'hơn 36 nghìn hộ' = 36 000, over, no period. Distractors: 'Số 05 Võ Trường Toản', 'Phường 1', phone, visitor counters,",
    "'năm 2024', 'năm 2025' in related links.",
]

if __name__ == "__main__":
    write("p1516-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
