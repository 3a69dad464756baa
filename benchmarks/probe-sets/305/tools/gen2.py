from lib import F, P, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Tin hoạt động > Thanh tra

Kết quả thanh tra, kiểm tra chính sách lao động 6 tháng đầu năm 2024
Ngày đăng: 12/07/2024 | Lượt xem: 732

Thực hiện Kế hoạch số 2145/KH-SLĐTBXH ngày 20/12/2023, 6 tháng đầu năm 2024, Thanh tra Sở đã tiến hành 38 cuộc thanh tra, kiểm tra tại 126 doanh nghiệp trên địa bàn tỉnh Đồng Nai, đạt 52,5% kế hoạch năm (kế hoạch 240 doanh nghiệp).

Kết quả thanh tra theo lĩnh vực như sau:
Đơn vị tính: doanh nghiệp
Lĩnh vực | Số DN được thanh tra | Số DN vi phạm | Tỷ lệ vi phạm (%)
Hợp đồng lao động, tiền lương | 52 | 31 | 59,6
Bảo hiểm xã hội | 41 | 27 | 65,9
An toàn, vệ sinh lao động | 33 | 14 | 42,4
Tổng cộng | 126 | 72 | 57,1

Qua thanh tra, Sở đã ban hành 1.284 kiến nghị, trong đó 1.107 kiến nghị đã được doanh nghiệp thực hiện (đạt 86,2%). Chánh Thanh tra Sở ban hành 19 quyết định xử phạt vi phạm hành chính với tổng số tiền trên 1,63 tỷ đồng; buộc 9 doanh nghiệp truy nộp 2,7 tỷ đồng tiền BHXH, BHTN cho 846 người lao động. So với cùng kỳ năm 2023, số tiền xử phạt tăng 34%.

Các vi phạm phổ biến là không xây dựng thang lương, bảng lương; trả lương làm thêm giờ thấp hơn quy định; chưa tổ chức huấn luyện an toàn lao động cho nhóm 3.

6 tháng cuối năm, Thanh tra Sở dự kiến thanh tra 114 doanh nghiệp còn lại, tập trung tại TP. Biên Hòa, huyện Nhơn Trạch và huyện Trảng Bom.

Thanh tra Sở LĐ-TB&XH Đồng Nai - Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa. Điện thoại: 0251.3822.371
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

ROWS = [
    ("Hợp đồng lao động, tiền lương", "52", "31", "59,6"),
    ("Bảo hiểm xã hội", "41", "27", "65,9"),
    ("An toàn, vệ sinh lao động", "33", "14", "42,4"),
    ("Tổng cộng", "126", "72", "57,1"),
]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("tiến hành 38 cuộc", "38", 38, "count", "cuộc", "cuộc thanh tra, kiểm tra", H1),
    F("tại 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp", "doanh nghiệp được thanh tra, kiểm tra", H1,
      percent=52.5, target={"value": 240, "unit": "doanh nghiệp", "met": False}),
]
for label, a, b, c in ROWS:
    FIGS += [
        F(f"{label} | {a} |", a, num(a), "count", "doanh nghiệp", f"Số DN được thanh tra {label}", H1i),
        F(f"| {a} | {b} |", b, num(b), "count", "doanh nghiệp", f"Số DN vi phạm {label}", H1i),
        F(f"| {b} | {c}\n", c, num(c), "percent", "%", f"Tỷ lệ vi phạm {label}", H1i),
    ]
FIGS += [
    F("ban hành 1.284 kiến nghị", "1.284", 1284, "count", "kiến nghị", "kiến nghị Sở ban hành qua thanh tra", H1i),
    F("trong đó 1.107 kiến nghị", "1.107", 1107, "count", "kiến nghị", "kiến nghị đã được doanh nghiệp thực hiện", H1i,
      total=1284, percent=86.2),
    F("ban hành 19 quyết định", "19", 19, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", H1i),
    F("trên 1,63 tỷ đồng", "1,63", 1630000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1i,
      approx="over"),
    F("buộc 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp bị buộc truy nộp tiền BHXH, BHTN", H1i),
    F("truy nộp 2,7 tỷ đồng", "2,7", 2700000000, "money", "đồng", "tiền BHXH, BHTN buộc truy nộp", H1i),
    F("cho 846 người lao động", "846", 846, "count", "người lao động", "người lao động được truy nộp BHXH, BHTN", H1i),
    F("xử phạt tăng 34%", "34", 34, "percent", "%", "số tiền xử phạt", H1i),
    F("thanh tra 114 doanh nghiệp", "114", 114, "count", "doanh nghiệp", "doanh nghiệp dự kiến thanh tra", H2,
      status="forecast"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Đồng Nai (department site): labour inspection results, 6 tháng đầu năm 2024; 'Ngày đăng: 12/07/2024 | Lượt xem: 732'.",
    "Flattened '|' table with 'Đơn vị tính: doanh nghiệp'; the '(%)' column overrides the unit. Every numeric cell is a figure; subject = column + row",
    "label; period from the text above (inherited). No total for table cells (the 'Tổng cộng' row is a figure of its own).",
    "'126 doanh nghiệp, đạt 52,5% kế hoạch năm (kế hoạch 240 doanh nghiệp)': percent 52.5 and target 240 (not met).",
    "'1.107 kiến nghị' follows 'trong đó' after 1.284 kiến nghị: total + percent. 'số tiền xử phạt tăng 34%' is a growth rate as the claim.",
    "'nhóm 3' (a label), Kế hoạch số 2145/KH-SLĐTBXH, 20/12/2023, address 'Số 2', phone: not figures. '6 tháng cuối năm' = 2024-07..12, 'dự kiến' = forecast.",
]

emit("p305-2", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Đồng Nai")
