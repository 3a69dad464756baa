"""p834-3: UBND tỉnh Hà Tĩnh formal report, 6 months 2024, flattened '|' table by locality."""
from lib import F, P, I, C, T, emit

COLS = ["Cấp lần đầu", "Cấp đổi, cấp lại", "Đăng ký biến động", "Tổng"]
ROWS = [
    ("Thành phố Hà Tĩnh", "thành phố Hà Tĩnh", ["312", "845", "1.106", "2.263"]),
    ("Thị xã Kỳ Anh", "thị xã Kỳ Anh", ["287", "512", "734", "1.533"]),
    ("Huyện Cẩm Xuyên", "Cẩm Xuyên", ["455", "603", "892", "1.950"]),
    ("Huyện Thạch Hà", "Thạch Hà", ["398", "711", "968", "2.077"]),
    ("Huyện Hương Khê", "Hương Khê", ["526", "488", "901", "1.915"]),
    ("Tổng cộng", "Hà Tĩnh", ["1.978", "3.159", "4.601", "9.738"]),
]
TABLE = "Địa phương | " + " | ".join(COLS) + "\n" + "\n".join(
    label + " | " + " | ".join(cells) for label, _, cells in ROWS)

TEXT = f"""UBND TỈNH HÀ TĨNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cấp giấy chứng nhận
Trong 6 tháng đầu năm 2024, toàn tỉnh cấp được 15.426 giấy chứng nhận (GCN), đạt 54,1% kế hoạch năm (28.500 GCN). Kết quả tại 5 địa phương có khối lượng lớn nhất như sau:

Đơn vị tính: GCN
{TABLE}

2. Đăng ký đất đai, đo đạc địa chính
Văn phòng Đăng ký đất đai và 13 chi nhánh tiếp nhận 41.275 hồ sơ, đã giải quyết 40.118 hồ sơ, trong đó trễ hạn 236 hồ sơ (chiếm 0,59%). Hoàn thành đo đạc bổ sung 2.140 ha tại 6 xã; cập nhật cơ sở dữ liệu đất đai cho khoảng 96 nghìn thửa.

II. TỒN TẠI, HẠN CHẾ
Còn 1.842 trường hợp tồn đọng chưa được cấp GCN lần đầu do lấn chiếm, sử dụng sai mục đích. Thu tiền sử dụng đất ước đạt 1.125 tỷ đồng, chỉ bằng 37,5% dự toán.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu cấp thêm 13.100 GCN; giải quyết dứt điểm ít nhất 50% số trường hợp tồn đọng.
2. Dự kiến thu tiền sử dụng đất cả năm đạt khoảng 2.400 tỷ đồng.

Nơi nhận:
- Bộ TN&MT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NL4.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("cấp được 15.426 giấy", "15.426", 15426, "count", "giấy chứng nhận", percent=54.1,
      target=T(28500, "GCN"), subject="giấy chứng nhận (GCN) cấp được toàn tỉnh", period=H1),
    F("tại 5 địa phương", "5", 5, "count", "địa phương",
      subject="địa phương có khối lượng lớn nhất", optional=True),
]
for label, loc, cells in ROWS:
    prev = label
    for col, cell in zip(COLS, cells):
        subj = (col if label != "Tổng cộng" else "Tổng cộng " + col.lower())
        if col == "Tổng":
            # revised: the literal labels (row label is a place → location), as FIGURES.md §3 says;
            # first gold had the paraphrase "tổng GCN đã cấp" / "tổng cộng GCN đã cấp".
            subj = "Tổng" if label != "Tổng cộng" else "Tổng cộng, Tổng"
        FIGS.append(F(f"{prev} | {cell}", cell, float(cell.replace(".", "")), "count", "GCN",
                      subject=subj, period=I(H1), location=loc))
        prev = cell

FIGS += [
    F("và 13 chi nhánh", "13", 13, "count", "chi nhánh",
      subject="chi nhánh Văn phòng Đăng ký đất đai"),
    F("tiếp nhận 41.275 hồ sơ", "41.275", 41275, "count", "hồ sơ",
      subject="hồ sơ đăng ký đất đai tiếp nhận", period=I(H1)),
    F("giải quyết 40.118 hồ sơ", "40.118", 40118, "count", "hồ sơ",
      subject="hồ sơ đăng ký đất đai đã giải quyết", period=I(H1)),
    F("trễ hạn 236 hồ sơ", "236", 236, "count", "hồ sơ", total=40118, percent=0.59,
      subject="hồ sơ trễ hạn", period=I(H1)),
    F("bổ sung 2.140 ha", "2.140", 2140, "measure", "ha",
      subject="diện tích đo đạc bổ sung", period=I(H1)),
    F("tại 6 xã", "6", 6, "count", "xã", subject="xã được đo đạc bổ sung", period=I(H1)),
    F("khoảng 96 nghìn thửa", "96", 96000, "count", "thửa", approx="about",
      subject="thửa đất được cập nhật cơ sở dữ liệu đất đai", period=I(H1)),
    F("Còn 1.842 trường hợp", "1.842", 1842, "count", "trường hợp",
      subject="trường hợp tồn đọng chưa được cấp GCN lần đầu"),
    F("ước đạt 1.125 tỷ đồng", "1.125", 1125e9, "money", "đồng", percent=37.5, status="estimate",
      subject="thu tiền sử dụng đất", period=I(H1)),
    F("thêm 13.100 GCN", "13.100", 13100, "count", "GCN", status="target",
      subject="GCN cấp thêm", period=I(H2)),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="trường hợp tồn đọng được giải quyết dứt điểm", period=I(H2)),
    F("khoảng 2.400 tỷ đồng", "2.400", 2400e9, "money", "đồng", approx="about", status="forecast",
      subject="thu tiền sử dụng đất cả năm", period=P("cả năm", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "UBND tỉnh Hà Tĩnh formal report (letterhead, Số: 287/BC-UBND, dated 08/7/2024): 6 months 2024 certificates, dossiers, survey.",
    "Flattened '|' table (Đơn vị tính: GCN): every cell is a figure; the place row label is the location, the column label the subject;",
    "period inherited from the paragraph above the table; the 'Tổng cộng' row (sum of the 5 localities) is located in the province.",
    "'(28.500 GCN)' after 'kế hoạch năm' is the plan: target attribute of 15.426, not a figure. '5 địa phương' (structure) optional.",
    "Section numbers I.-III., 1.-2., 'Số: 287/BC-UBND', 'NL4', the letterhead date are not figures.",
    "revised: subjects of the 'Tổng' column are the literal labels ('Tổng', 'Tổng cộng, Tổng'), not the paraphrase 'tổng GCN đã cấp'.",
]

if __name__ == "__main__":
    emit("p834-3", TEXT, FIGS, COMMENTS, published="2024-07-08", location="Hà Tĩnh")
