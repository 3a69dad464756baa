"""p1241-8: provincial newspaper online (Báo Nam Định style, tag '(BNĐ) -'): Hải Hậu plants lily for Tết."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Nam Định điện tử
Kinh tế > Nông nghiệp

Hải Hậu xuống giống hơn 1,2 triệu củ ly phục vụ Tết

27/09/2024 09:30

(BNĐ) - Tính đến ngày 25/9, nông dân huyện Hải Hậu đã xuống giống hơn 1,2 triệu củ ly trên diện tích 16 ha, đạt 64% kế hoạch vụ hoa Tết. Dự kiến đến cuối tháng 10, toàn huyện trồng khoảng 25 ha, tăng 3 ha so với vụ trước.

Các xã có diện tích lớn là Hải Toàn, Hải Phương và Hải Xuân với lần lượt 5,2 ha, 3,8 ha và 2,6 ha. Nhiều hộ đã đầu tư nhà lưới, hệ thống tưới phun sương dọc tuyến đường 56.

Tại xã Hải Toàn, anh Trần Văn Hùng trồng 1,2 mẫu ly, tương đương 4.320 m2. Anh nhập 40.000 củ ly Sorbonne cỡ 16/18 với giá 14.500 đồng/củ, tổng vốn đầu tư gần 700 triệu đồng. Nếu giá bán giữ mức như Tết năm trước (bình quân 35.000 đồng/cành), anh dự kiến lãi khoảng 400 triệu đồng.

Trong quý III, Trung tâm Khuyến nông tỉnh tổ chức 6 lớp tập huấn kỹ thuật trồng ly cho hơn 300 nông dân. Toàn tỉnh hiện có khoảng 95 ha hoa ly, tập trung ở các huyện Hải Hậu, Nghĩa Hưng, Giao Thủy; năm 2023 giá trị sản xuất hoa ly đạt 142 tỷ đồng, bình quân 1,5 tỷ đồng/ha.

Ngành nông nghiệp khuyến cáo nông dân chọn củ có nguồn gốc rõ ràng, xử lý đất kỹ trước khi trồng và theo dõi thời tiết để điều chỉnh thời điểm ra hoa đúng dịp Tết.

Văn Tùng
"""

ASOF = per("Tính đến ngày 25/9", None, "2024-09-25")
OCT = per("đến cuối tháng 10", None, "2024-10-31")
Q3 = per("Trong quý III", "2024-07-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ND = "Nam Định"

FIGS = [
    fig("Hậu xuống giống hơn 1,2 triệu", "1,2", 1200000, "count", "củ", approx="over",
        subject="củ ly xuống giống phục vụ Tết"),
    fig("đã xuống giống hơn 1,2 triệu", "1,2", 1200000, "count", "củ", approx="over",
        subject="củ ly nông dân xuống giống", period=ASOF),
    fig("diện tích 16 ha", "16", 16, "measure", "ha", percent=64,
        subject="diện tích ly xuống giống", period=ASOF),
    fig("khoảng 25 ha", "25", 25, "measure", "ha", approx="about", status="forecast",
        change=chg("increase", 3, "ha", "vụ trước"),
        subject="diện tích ly toàn huyện trồng", period=OCT),
    fig("lần lượt 5,2 ha", "5,2", 5.2, "measure", "ha",
        subject="diện tích ly xã Hải Toàn", period=inh(ASOF)),
    fig("3,8 ha", "3,8", 3.8, "measure", "ha",
        subject="diện tích ly xã Hải Phương", period=inh(ASOF)),
    fig("2,6 ha", "2,6", 2.6, "measure", "ha",
        subject="diện tích ly xã Hải Xuân", period=inh(ASOF)),
    fig("trồng 1,2 mẫu", "1,2", 1.2, "measure", "mẫu",
        subject="diện tích ly anh Trần Văn Hùng trồng"),
    fig("4.320 m2", "4.320", 4320, "measure", "m2", optional=True,
        subject="diện tích ly anh Trần Văn Hùng trồng"),
    fig("nhập 40.000 củ", "40.000", 40000, "count", "củ", subject="củ ly Sorbonne anh Hùng nhập"),
    fig("giá 14.500 đồng/củ", "14.500", 14500, "money", "đồng/củ", subject="giá củ ly Sorbonne"),
    fig("gần 700 triệu", "700", 700000000, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư của anh Hùng"),
    fig("bình quân 35.000", "35.000", 35000, "money", "đồng/cành",
        subject="giá bán hoa ly bình quân Tết năm trước"),
    fig("khoảng 400 triệu", "400", 400000000, "money", "đồng", approx="about", status="forecast",
        subject="lãi dự kiến của anh Hùng"),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp", subject="lớp tập huấn kỹ thuật trồng ly",
        period=Q3, location=ND),
    fig("hơn 300 nông dân", "300", 300, "count", "nông dân", approx="over",
        subject="nông dân được tập huấn kỹ thuật trồng ly", period=Q3, location=ND),
    fig("khoảng 95 ha", "95", 95, "measure", "ha", approx="about",
        subject="diện tích hoa ly toàn tỉnh", location=ND),
    fig("đạt 142 tỷ", "142", 142000000000, "money", "đồng",
        subject="giá trị sản xuất hoa ly", period=Y23, location=ND),
    fig("1,5 tỷ đồng/ha", "1,5", 1500000000, "money", "đồng/ha",
        subject="giá trị sản xuất hoa ly bình quân", period=Y23, location=ND),
]

NOTES = [
    "Provincial newspaper online (Báo Nam Định style): '27/09/2024 09:30', tag '(BNĐ) -', byline at the end.",
    "Default location Hải Hậu (district); the province paragraph (Trung tâm Khuyến nông tỉnh, Toàn tỉnh) is Nam Định.",
    "'Tính đến ngày 25/9' and 'đến cuối tháng 10' take 2024 from the dateline; 'quý III' likewise.",
    "'đạt 64% kế hoạch vụ hoa Tết' is the share of 16 ha (16/25). The commune list gets the commune in the subject (communes are not locations).",
    "'tương đương 4.320 m2' restates 1,2 mẫu: optional. '(bình quân 35.000 đồng/cành)' is actual (last Tết), the bracket has its own time; 'dự kiến lãi' is forecast.",
    "Distractors: 'cỡ 16/18' (bulb size grade, not a part of a whole), 'đường 56' (road), date and time, '25/9'.",
]

if __name__ == "__main__":
    write("p1241-8", TEXT, NOTES, FIGS, published="2024-09-27", location="Hải Hậu")
