"""p707-7: CDC Bắc Giang department site (no dateline) — results by locality 2023, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH BẮC GIANG
Trang chủ | Giới thiệu | Tin tức | Sức khỏe nghề nghiệp

Kết quả khám sức khỏe và phát hiện bệnh nghề nghiệp năm 2023

Năm 2023, Khoa Sức khỏe nghề nghiệp phối hợp với các doanh nghiệp tổ chức khám sức khỏe định kỳ và khám phát hiện bệnh nghề nghiệp cho người lao động tại 4 địa bàn trọng điểm công nghiệp của tỉnh. Đồng thời, Trung tâm đã quan trắc môi trường lao động tại 86 cơ sở, trong đó 9 cơ sở có mẫu vượt tiêu chuẩn về bụi, tiếng ồn. Kết quả khám cụ thể như sau:

Bảng 2. Kết quả khám theo địa bàn năm 2023
Đơn vị tính: người

Địa bàn
Khám sức khỏe định kỳ
Khám phát hiện BNN
Mắc BNN
TP. Bắc Giang
12.640
2.315
48
Việt Yên
28.905
4.870
112
Yên Dũng
9.372
1.126
27
Lạng Giang
6.418
854
0
Tổng
57.335
9.165
187

So với năm 2022, số người lao động được khám sức khỏe định kỳ tăng 9,8%; số ca mắc bệnh nghề nghiệp giảm 14 ca. Tỷ lệ mắc bệnh nghề nghiệp chung là 2,04% số người được khám phát hiện. Bệnh điếc nghề nghiệp do tiếng ồn chiếm 61,5% số ca mắc, bụi phổi silic chiếm 22,5%. Năm 2024, Trung tâm phấn đấu khám phát hiện bệnh nghề nghiệp cho 12.000 người lao động, tăng 30,9% so với năm 2023.

Địa chỉ: Số 12 đường Hùng Vương, TP. Bắc Giang. Điện thoại: 0204.3854.270.
Tổng số lượt truy cập: 512.309
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T23 = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)

COLS = ["Khám sức khỏe định kỳ", "Khám phát hiện BNN", "Mắc BNN"]
ROWS = [
    ("TP. Bắc Giang", "Bắc Giang", ["Giang\n12.640", "12.640\n2.315", "2.315\n48"], ["12.640", "2.315", "48"]),
    ("Việt Yên", "Việt Yên", ["Yên\n28.905", "28.905\n4.870", "4.870\n112"], ["28.905", "4.870", "112"]),
    ("Yên Dũng", "Yên Dũng", ["Dũng\n9.372", "9.372\n1.126", "1.126\n27"], ["9.372", "1.126", "27"]),
    ("Lạng Giang", "Lạng Giang", ["Giang\n6.418", "6.418\n854", "854\n0"], ["6.418", "854", "0"]),
    ("Tổng", "Bắc Giang", ["Tổng\n57.335", "57.335\n9.165", "9.165\n187"], ["57.335", "9.165", "187"]),
]

FIGS = [
    F("tại 4 địa bàn", "4", 4, "count", "địa bàn",
      "địa bàn trọng điểm công nghiệp được khám sức khỏe cho người lao động", Y23),
    F("tại 86 cơ sở", "86", 86, "count", "cơ sở",
      "cơ sở được quan trắc môi trường lao động", I(Y23)),
    F("đó 9 cơ sở", "9", 9, "count", "cơ sở",
      "cơ sở có mẫu vượt tiêu chuẩn về bụi, tiếng ồn", I(Y23), total=86),
]
for label, loc, anchors, nums in ROWS:
    for a, n, col in zip(anchors, nums, COLS):
        v = float(n.replace(".", ""))
        subj = f"Tổng {col}" if label == "Tổng" else col
        FIGS.append(F(a, n, int(v), "count", "người", subj, T23, location=loc))
FIGS += [
    F("tăng 9,8%", "9,8", 9.8, "percent", "%",
      "số người lao động được khám sức khỏe định kỳ tăng so với năm 2022", I(Y23)),
    F("giảm 14 ca", "14", 14, "count", "ca",
      "số ca mắc bệnh nghề nghiệp giảm so với năm 2022", I(Y23)),
    F("chung là 2,04%", "2,04", 2.04, "percent", "%",
      "tỷ lệ mắc bệnh nghề nghiệp chung trong số người được khám phát hiện", I(Y23)),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%",
      "bệnh điếc nghề nghiệp do tiếng ồn trong số ca mắc", I(Y23)),
    F("chiếm 22,5%", "22,5", 22.5, "percent", "%",
      "bụi phổi silic trong số ca mắc", I(Y23)),
    F("cho 12.000 người lao động", "12.000", 12000, "count", "người lao động",
      "người lao động được khám phát hiện bệnh nghề nghiệp", P("Năm 2024", "2024-01-01", "2024-12-31"),
      change=CH("increase", 30.9, "%", "năm 2023"), status="target"),
]

COMMENTS = [
    "CDC Bắc Giang (department site), no dateline: published null. Footer address 'Số 12 đường Hùng Vương', phone, visit counter 512.309 are not figures.",
    "Table flattened one cell per line: columns Khám sức khỏe định kỳ | Khám phát hiện BNN | Mắc BNN, 'Đơn vị tính: người'; rows = localities",
    "(row label = location: TP. Bắc Giang, Việt Yên, Yên Dũng, Lạng Giang; 'Tổng' = the province). Every numeric cell is a figure, the 0 included;",
    "subject = column label (the row label is a place). Period from the table title line 'Bảng 2 … năm 2023' (another line: inherited). 'Bảng 2' is not a figure.",
    "'So với năm 2022, … tăng 9,8%; … giảm 14 ca' stand without a base amount: a growth-rate percent and a count of the decrease (as shared h10 'Tăng 261 nghìn người').",
    "'trong đó 9 cơ sở' = total 86. 'Năm 2024, … phấn đấu … 12.000 người lao động, tăng 30,9% so với năm 2023' = target with a change.",
]

if __name__ == "__main__":
    emit("p707-7", TEXT, COMMENTS, FIGS, published=None, location="Bắc Giang")
