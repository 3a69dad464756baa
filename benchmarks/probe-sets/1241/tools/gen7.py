"""p1241-7: department site (Chi cục Trồng trọt và BVTV Thái Bình), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Sản xuất hoa ly theo hướng hàng hóa

Năm 2024, toàn tỉnh trồng 2,46 triệu củ hoa ly, tăng 11,8% so với năm 2023, trên diện tích 31,5 ha; mật độ bình quân 78.000 củ/ha. Diện tích tập trung ở huyện Vũ Thư (12,4 ha), thành phố Thái Bình (8,6 ha) và huyện Kiến Xương (5,1 ha). Tỷ lệ cành đạt loại 1 ước đạt 75%.

Tại xã Tân Hòa (huyện Vũ Thư), Hợp tác xã Dịch vụ nông nghiệp Tân Hòa trồng 3,6 ha ly trong nhà lưới; năm 2024 hợp tác xã thu lãi bình quân 420 triệu đồng/ha, cao gấp 6 lần trồng lúa.

Số lượng củ giống hoa ly trồng theo giống:
Đơn vị tính: nghìn củ
Giống
Năm 2023
Năm 2024
Kế hoạch 2025
Sorbonne (ly hồng)
1.250
1.420
1.500
Tiber (ly trắng)
480
560
600
Yelloween (ly vàng)
310
295
300
Giống khác
160
185
200
Tổng số
2.200
2.460
2.600

Chi cục khuyến cáo nông dân xử lý lạnh củ giống ở 2-4 độ C trong ít nhất 4 tuần trước khi trồng; kiểm tra kỹ nguồn gốc, giấy kiểm dịch của củ nhập khẩu; luân canh với lúa để hạn chế bệnh thối củ.

Bài viết liên quan:
- Hội thi hoa, cây cảnh tỉnh Thái Bình lần thứ V
- Tập huấn phòng trừ bệnh thối củ trên cây hoa ly

Bản quyền thuộc Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Thái Bình
Địa chỉ: Số 8 đường Lý Bôn, TP Thái Bình | ĐT: 0227.3831.425
Lượt truy cập: 845.120 | Đang online: 31
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}
AREA = "diện tích hoa ly"


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    value = float(number.replace(".", "")) * 1000
    return fig(anchor, number, value, "count", "củ",
               subject=f"củ giống hoa ly {row} {col.lower()}", period=COLS[col], **kw)


FIGS = [
    fig("trồng 2,46 triệu củ", "2,46", 2460000, "count", "củ",
        change=chg("increase", 11.8, "%", "năm 2023"),
        subject="củ hoa ly trồng", period=Y24),
    fig("diện tích 31,5 ha", "31,5", 31.5, "measure", "ha", subject=AREA, period=Y24),
    fig("78.000 củ/ha", "78.000", 78000, "measure", "củ/ha",
        subject="mật độ trồng hoa ly bình quân", period=Y24),
    fig("Vũ Thư (12,4 ha)", "12,4", 12.4, "measure", "ha", subject=AREA,
        period=inh(Y24), location="Vũ Thư"),
    fig("Thái Bình (8,6 ha)", "8,6", 8.6, "measure", "ha", subject=AREA,
        period=inh(Y24), location="Thái Bình"),
    fig("Kiến Xương (5,1 ha)", "5,1", 5.1, "measure", "ha", subject=AREA,
        period=inh(Y24), location="Kiến Xương"),
    fig("ước đạt 75%", "75", 75, "percent", "%", status="estimate",
        subject="tỷ lệ cành hoa ly đạt loại 1", period=inh(Y24)),
    fig("trồng 3,6 ha", "3,6", 3.6, "measure", "ha",
        subject="diện tích ly trong nhà lưới của Hợp tác xã Dịch vụ nông nghiệp Tân Hòa", location="Vũ Thư"),
    fig("bình quân 420 triệu", "420", 420000000, "money", "đồng/ha",
        change=chg("increase", 6, "lần", "trồng lúa"),
        subject="lãi bình quân của hợp tác xã", period=per("năm 2024", "2024-01-01", "2024-12-31"), location="Vũ Thư"),
    cell("(ly hồng)\n1.250", "1.250", "Sorbonne (ly hồng)", "Năm 2023"),
    cell("1.250\n1.420", "1.420", "Sorbonne (ly hồng)", "Năm 2024"),
    cell("1.420\n1.500", "1.500", "Sorbonne (ly hồng)", "Kế hoạch 2025"),
    cell("(ly trắng)\n480", "480", "Tiber (ly trắng)", "Năm 2023"),
    cell("480\n560", "560", "Tiber (ly trắng)", "Năm 2024"),
    cell("560\n600", "600", "Tiber (ly trắng)", "Kế hoạch 2025"),
    cell("(ly vàng)\n310", "310", "Yelloween (ly vàng)", "Năm 2023"),
    cell("310\n295", "295", "Yelloween (ly vàng)", "Năm 2024"),
    cell("295\n300", "300", "Yelloween (ly vàng)", "Kế hoạch 2025"),
    cell("Giống khác\n160", "160", "giống khác", "Năm 2023"),
    cell("160\n185", "185", "giống khác", "Năm 2024"),
    cell("185\n200", "200", "giống khác", "Kế hoạch 2025"),
    cell("Tổng số\n2.200", "2.200", "tổng số", "Năm 2023"),
    cell("2.200\n2.460", "2.460", "tổng số", "Năm 2024"),
    cell("2.460\n2.600", "2.600", "tổng số", "Kế hoạch 2025"),
    fig("2-4 độ C", "2", 2, "measure", "độ C", value_max=4, optional=True,
        subject="nhiệt độ xử lý lạnh củ giống"),
    fig("ít nhất 4 tuần", "4", 4, "measure", "tuần", approx="at_least", optional=True,
        subject="thời gian xử lý lạnh củ giống"),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Thái Bình) with no dateline: menu, related links, copyright/address/phone footer, visit counters.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn củ' (×1000, unit củ); rows are varieties (subject), columns give the period; 'Kế hoạch 2025' is target.",
    "Subject of a cell = caption indicator (củ giống hoa ly) + row label + column label.",
    "District list 'tập trung ở ... (12,4 ha) ... (8,6 ha) ... (5,1 ha)' does not add to 31,5 ha: no total. 'thành phố Thái Bình' reduces to Thái Bình.",
    "The Tân Hòa cooperative passage is in Vũ Thư; 'cao gấp 6 lần trồng lúa' after 420 triệu đồng/ha is its change (6 lần).",
    "Advice '2-4 độ C', 'ít nhất 4 tuần' are technical recommendations: optional.",
    "Distractors: 'lần thứ V', 'Số 8 đường Lý Bôn', 'ĐT: 0227.3831.425', 'Lượt truy cập: 845.120', 'Đang online: 31', 'loại 1'.",
]

if __name__ == "__main__":
    write("p1241-7", TEXT, NOTES, FIGS, location="Thái Bình")
