"""p1511-1: province portal (Long An): 9-month exports of nail clippers, razors; a firm in huyện Đức Hòa."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LONG AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu bấm móng tay, dao cạo 9 tháng tăng hơn 14%

Cập nhật: 07/10/2024 15:10 | Lượt xem: 3.186

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu nhóm dụng cụ chăm sóc cá nhân bằng kim loại (bấm móng tay, kềm cắt da, dao cạo, kéo tỉa) của tỉnh ước đạt 86,4 triệu USD, tăng 14,2% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm. Trong đó, bấm móng tay và kềm cắt da ước đạt 51,3 triệu USD, chiếm 59,4%; dao cạo và lưỡi dao cạo khoảng 27,6 triệu USD.

Toàn tỉnh hiện có 23 doanh nghiệp sản xuất các mặt hàng này, gồm 6 doanh nghiệp có vốn đầu tư nước ngoài và 17 doanh nghiệp trong nước, sử dụng khoảng 7.400 lao động; thu nhập bình quân đạt 8,6 triệu đồng/người/tháng.

Lớn nhất là Công ty TNHH Dụng cụ Tân Phước Khang tại Khu công nghiệp Xuyên Á (huyện Đức Hòa), công suất 42 triệu sản phẩm/năm. Từ đầu năm đến nay, công ty xuất khẩu hơn 28 triệu chiếc bấm móng tay sang Nhật Bản, Hoa Kỳ và EU, doanh thu gần 19 triệu USD. Tháng 8 vừa qua, công ty đưa vào vận hành thêm hai dây chuyền mài tự động, tổng vốn đầu tư khoảng 65 tỷ đồng.

Hoa Kỳ vẫn là thị trường lớn nhất, chiếm 38% kim ngạch; tiếp đến là Nhật Bản (21%) và Hàn Quốc (12%). Giá xuất khẩu bình quân một chiếc bấm móng tay từ 0,45 đến 0,8 USD.

Sở Công Thương phấn đấu kim ngạch cả năm đạt trên 112 triệu USD. Trong quý IV, dự kiến có thêm 2 dự án mới đi vào hoạt động, tạo việc làm cho khoảng 900 lao động.

Tin liên quan:
- Long An tổ chức Hội chợ Công Thương năm 2024
- Khu công nghiệp Xuyên Á 2 chuẩn bị mở rộng (12/9/2024)

Cơ quan chủ quản: UBND tỉnh Long An - Số 61 Nguyễn Huệ, Phường 1, TP Tân An - ĐT: 0272.3826.118
"""

P9 = first_months("9 tháng đầu năm 2024", 2024, 9)
H9 = first_months("9 tháng", 2024, 9)
YTD = until("Từ đầu năm đến nay", "2024-10-07", "2024-01-01")
T8 = month("Tháng 8 vừa qua", 2024, 8)
CN = year("cả năm", 2024)
Q4 = quarter("quý IV", 2024, 4)
DH = "Đức Hòa"
EXP = "kim ngạch xuất khẩu nhóm dụng cụ chăm sóc cá nhân bằng kim loại"

FIGS = [
    fig("9 tháng tăng hơn 14%", "14", 14, "percent", "%", approx="over",
        subject="xuất khẩu bấm móng tay, dao cạo", period=H9),
    fig("ước đạt 86,4 triệu", "86,4", 86.4e6, "money", "USD", percent=78.5,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"), status="estimate",
        subject=EXP + " của tỉnh", period=P9),
    fig("ước đạt 51,3 triệu", "51,3", 51.3e6, "money", "USD", total=86.4e6, percent=59.4, status="estimate",
        subject="kim ngạch xuất khẩu bấm móng tay và kềm cắt da", period=inh(P9)),
    fig("khoảng 27,6 triệu", "27,6", 27.6e6, "money", "USD", approx="about", total=86.4e6, status="estimate",
        subject="kim ngạch xuất khẩu dao cạo và lưỡi dao cạo", period=inh(P9)),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất các mặt hàng này"),
    fig("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("và 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp trong nước"),
    fig("khoảng 7.400 lao động", "7.400", 7400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("đạt 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("công suất 42 triệu", "42", 42e6, "measure", "sản phẩm/năm",
        subject="công suất của Công ty TNHH Dụng cụ Tân Phước Khang", location=DH),
    fig("hơn 28 triệu chiếc", "28", 28e6, "count", "chiếc", approx="over",
        subject="bấm móng tay công ty xuất khẩu", period=YTD, location=DH),
    fig("gần 19 triệu", "19", 19e6, "money", "USD", approx="nearly",
        subject="doanh thu của công ty", period=YTD, location=DH),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền mài tự động đưa vào vận hành thêm", period=T8, location=DH),
    fig("khoảng 65 tỷ", "65", 65e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư hai dây chuyền mài tự động", period=T8, location=DH),
    fig("chiếm 38% kim ngạch", "38", 38, "percent", "%",
        subject="tỷ trọng của thị trường Hoa Kỳ trong kim ngạch xuất khẩu"),
    fig("Nhật Bản (21%)", "21", 21, "percent", "%",
        subject="tỷ trọng của thị trường Nhật Bản trong kim ngạch xuất khẩu"),
    fig("Hàn Quốc (12%)", "12", 12, "percent", "%",
        subject="tỷ trọng của thị trường Hàn Quốc trong kim ngạch xuất khẩu"),
    fig("từ 0,45 đến 0,8 USD", "0,45", 0.45, "money", "USD/chiếc", value_max=0.8,
        subject="giá xuất khẩu bình quân bấm móng tay"),
    fig("trên 112 triệu", "112", 112e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu cả năm", period=CN),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", status="forecast",
        subject="dự án mới đi vào hoạt động", period=Q4),
    fig("khoảng 900 lao động", "900", 900, "count", "lao động", approx="about", status="forecast",
        subject="lao động được tạo việc làm", period=Q4),
]

NOTES = [
    "Province portal (Long An): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 3.186' (published), related links, footer.",
    "Headline 'tăng hơn 14%' is a growth rate as the claim: percent, approx over, no change; '9 tháng' takes the year of published.",
    "'Trong đó' after a sentence break: parts take the whole 86,4 triệu USD; each part has its own 'ước đạt' / continues it (estimate).",
    "'gồm 6 ... và 17 ...' are parts of 23. The firm's figures are located in huyện Đức Hòa. 'Từ đầu năm đến nay' ends at the dateline.",
    "'Tháng 8 vừa qua' = 8/2024 for the two grinding lines and their investment. 'một chiếc' in the price is the denominator (USD/chiếc).",
    "Market shares are percent figures; trade partners are not places (location stays Long An).",
    "Distractors: 'Lượt xem: 3.186', '15:10', 'Xuyên Á 2', '(12/9/2024)', 'Số 61 Nguyễn Huệ, Phường 1', phone.",
]

if __name__ == "__main__":
    write("p1511-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Long An")
