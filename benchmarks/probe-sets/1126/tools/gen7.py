"""p1126-7: Sở Công Thương Đồng Nai site, no dateline: gas business certificates, one-cell-per-line table."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Kết quả cấp Giấy chứng nhận đủ điều kiện kinh doanh khí

Từ năm 2022 đến hết tháng 6/2024, Sở Công Thương Đồng Nai đã tiếp nhận và giải quyết 214 hồ sơ cấp mới, cấp lại, điều chỉnh Giấy chứng nhận đủ điều kiện kinh doanh khí theo Nghị định số 87/2018/NĐ-CP; 100% hồ sơ được trả đúng hạn. Thời gian giải quyết bình quân 9 ngày làm việc, ít hơn 6 ngày so với quy định.

Số cơ sở được cấp Giấy chứng nhận mới
Đơn vị tính: cơ sở
Loại hình
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Trạm nạp LPG vào chai
4
3
2
Trạm nạp LPG vào xe bồn
1
2
1
Cửa hàng bán LPG chai
86
104
47
Tổng cộng
91
109
50

Lũy kế đến ngày 30/6/2024, toàn tỉnh có 1.356 cửa hàng bán LPG chai và 17 trạm nạp còn hiệu lực Giấy chứng nhận. Cửa hàng tập trung nhiều tại TP Biên Hòa, huyện Trảng Bom và huyện Long Thành, lần lượt 312, 168 và 121 cửa hàng.

Trong năm 2024, Sở dự kiến kiểm tra khoảng 200 cửa hàng, ưu tiên cơ sở gần chợ, trường học; cơ sở không duy trì điều kiện sẽ bị thu hồi Giấy chứng nhận. Mức phạt tiền đối với hành vi kinh doanh LPG khi chưa có Giấy chứng nhận từ 20 đến 40 triệu đồng.

Tin liên quan:
- Tập huấn an toàn kinh doanh LPG lần thứ 2
- Lịch tiếp công dân tháng 7

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.294
Lượt truy cập: 2.840.516 | Đang online: 37
"""

SPAN = per("Từ năm 2022 đến hết tháng 6/2024", "2022-01-01", "2024-06-30")
COL = {"Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
       "6 tháng đầu năm 2024": per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")}
ASOF = per("Lũy kế đến ngày 30/6/2024", None, "2024-06-30")
Y24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")
OUT = "cửa hàng bán LPG chai"


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", "cơ sở", subject=f"{row} {col.lower()}", period=COL[col])


FIGS = [
    fig("giải quyết 214 hồ sơ", "214", 214, "count", "hồ sơ",
        subject="hồ sơ cấp mới, cấp lại, điều chỉnh Giấy chứng nhận đủ điều kiện kinh doanh khí", period=SPAN),
    fig("; 100% hồ sơ", "100", 100, "percent", "%", subject="hồ sơ được trả đúng hạn", period=SPAN),
    fig("bình quân 9 ngày", "9", 9, "measure", "ngày làm việc",
        change=chg("decrease", 6, "ngày", "quy định"), subject="thời gian giải quyết bình quân"),
    cell("vào chai\n4", "4", 4, "Trạm nạp LPG vào chai", "Năm 2022"),
    cell("4\n3\n2\nTrạm", "3", 3, "Trạm nạp LPG vào chai", "Năm 2023"),
    cell("3\n2\nTrạm", "2", 2, "Trạm nạp LPG vào chai", "6 tháng đầu năm 2024"),
    cell("xe bồn\n1", "1", 1, "Trạm nạp LPG vào xe bồn", "Năm 2022"),
    cell("1\n2\n1\nCửa", "2", 2, "Trạm nạp LPG vào xe bồn", "Năm 2023"),
    cell("2\n1\nCửa", "1", 1, "Trạm nạp LPG vào xe bồn", "6 tháng đầu năm 2024"),
    cell("LPG chai\n86", "86", 86, "Cửa hàng bán LPG chai", "Năm 2022"),
    cell("86\n104", "104", 104, "Cửa hàng bán LPG chai", "Năm 2023"),
    cell("104\n47", "47", 47, "Cửa hàng bán LPG chai", "6 tháng đầu năm 2024"),
    cell("Tổng cộng\n91", "91", 91, "Tổng cộng", "Năm 2022"),
    cell("91\n109", "109", 109, "Tổng cộng", "Năm 2023"),
    cell("109\n50", "50", 50, "Tổng cộng", "6 tháng đầu năm 2024"),
    fig("có 1.356 cửa hàng", "1.356", 1356, "count", "cửa hàng", subject=OUT, period=ASOF),
    fig("17 trạm nạp", "17", 17, "count", "trạm nạp", subject="trạm nạp còn hiệu lực Giấy chứng nhận", period=ASOF),
    fig("lần lượt 312", "312", 312, "count", "cửa hàng", subject=OUT, period=inh(ASOF), location="Biên Hòa"),
    fig("312, 168", "168", 168, "count", "cửa hàng", subject=OUT, period=inh(ASOF), location="Trảng Bom"),
    fig("và 121 cửa hàng", "121", 121, "count", "cửa hàng", subject=OUT, period=inh(ASOF), location="Long Thành"),
    fig("khoảng 200 cửa hàng", "200", 200, "count", "cửa hàng", approx="about", status="forecast",
        subject="cửa hàng được kiểm tra", period=Y24),
    fig("từ 20 đến 40 triệu", "20", 20000000, "money", "đồng", value_max=40000000,
        subject="mức phạt tiền đối với hành vi kinh doanh LPG khi chưa có Giấy chứng nhận"),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 2.840.516 | Đang online: 37'.",
    "Distractors: Nghị định số 87/2018/NĐ-CP, 'lần thứ 2', 'tháng 7' in a link, 'Số 2 Nguyễn Văn Trị', phone, counters.",
    "One-cell-per-line table: Đơn vị tính: cơ sở; rows are items (Trạm nạp LPG vào chai / xe bồn, Cửa hàng bán LPG chai, Tổng cộng), columns are periods. Subject = row label + column label; period from the column header.",
    "'ít hơn 6 ngày so với quy định' is the change of '9 ngày làm việc'. The list 'lần lượt 312, 168 và 121' gives locations Biên Hòa, Trảng Bom, Long Thành; its as-of date stands in the sentence before (inherited).",
    "'dự kiến kiểm tra khoảng 200 cửa hàng' is forecast. The fine range is a standing rule: no period.",
]

if __name__ == "__main__":
    build("p1126-7", TEXT, NOTES, FIGS, location="Đồng Nai")
