"""p1121-1: Quảng Ninh province portal, pilotage and tug services, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Quảng Ninh: Gần 4.000 lượt tàu được hoa tiêu dẫn an toàn

Cập nhật: 12/07/2024 15:20 | Lượt xem: 2.341

(quangninh.gov.vn) - 6 tháng đầu năm 2024, Công ty TNHH MTV Hoa tiêu hàng hải khu vực II đã dẫn 3.962 lượt tàu ra, vào và di chuyển trong vùng nước cảng biển Quảng Ninh, tăng 8,7% so với cùng kỳ năm 2023; tổng dung tích các tàu được dẫn đạt 41,5 triệu GT. Trong đó, tàu hàng rời 1.845 lượt, tàu container 1.528 lượt, tàu khách và các loại tàu khác 589 lượt.

Lực lượng hoa tiêu của công ty hiện có 86 người, trong đó 31 hoa tiêu ngoại hạng và 24 hoa tiêu hạng nhất. Bình quân mỗi hoa tiêu dẫn khoảng 46 lượt tàu; tàu lớn nhất được dẫn là tàu hàng rời trọng tải 180.000 DWT, vào cảng ngày 14/5.

Về dịch vụ lai dắt, trên địa bàn tỉnh có 5 doanh nghiệp với 27 tàu lai, tổng công suất hơn 68.000 CV. Trong 6 tháng, các tàu lai đã thực hiện 4.210 lượt hỗ trợ tàu cập, rời cầu cảng, đạt 52,3% kế hoạch năm.

Công tác bảo đảm an toàn được duy trì, không xảy ra tai nạn hàng hải nghiêm trọng; ghi nhận 2 sự cố va chạm nhẹ khi tàu lai hỗ trợ tàu cập cầu số 5 Cái Lân, giảm 3 vụ so với cùng kỳ. Doanh thu dịch vụ hoa tiêu ước đạt 118 tỷ đồng, bằng 54% kế hoạch năm.

6 tháng cuối năm, đơn vị phấn đấu dẫn an toàn trên 4.100 lượt tàu, nâng tổng số cả năm lên khoảng 8.000 lượt; đồng thời đào tạo, nâng hạng cho 12 hoa tiêu. Theo Quyết định số 1427/QĐ-CHHVN, vùng hoa tiêu bắt buộc tại Quảng Ninh hiện có 4 tuyến dẫn tàu chính.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1S = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
SHIPS = "lượt tàu được hoa tiêu dẫn"

FIGS = [
    fig("Gần 4.000 lượt tàu", "4.000", 4000, "count", "lượt tàu", approx="nearly",
        subject="lượt tàu được hoa tiêu dẫn an toàn"),
    fig("đã dẫn 3.962 lượt tàu", "3.962", 3962, "count", "lượt tàu",
        change=chg("increase", 8.7, "%", "cùng kỳ năm 2023"),
        subject="lượt tàu ra, vào và di chuyển trong vùng nước cảng biển được hoa tiêu dẫn", period=H1),
    fig("đạt 41,5 triệu GT", "41,5", 41500000, "measure", "GT",
        subject="tổng dung tích các tàu được dẫn", period=H1),
    fig("rời 1.845 lượt", "1.845", 1845, "count", "lượt", total=3962,
        subject="lượt tàu hàng rời được hoa tiêu dẫn", period=inh(H1)),
    fig("container 1.528 lượt", "1.528", 1528, "count", "lượt", total=3962,
        subject="lượt tàu container được hoa tiêu dẫn", period=inh(H1)),
    fig("khác 589 lượt", "589", 589, "count", "lượt", total=3962,
        subject="lượt tàu khách và các loại tàu khác được hoa tiêu dẫn", period=inh(H1)),
    fig("hiện có 86 người", "86", 86, "count", "người", subject="lực lượng hoa tiêu của công ty"),
    fig("31 hoa tiêu ngoại hạng", "31", 31, "count", "hoa tiêu", total=86,
        subject="hoa tiêu ngoại hạng của công ty"),
    fig("24 hoa tiêu hạng nhất", "24", 24, "count", "hoa tiêu", total=86,
        subject="hoa tiêu hạng nhất của công ty"),
    fig("khoảng 46 lượt tàu", "46", 46, "measure", "lượt tàu/hoa tiêu", approx="about",
        subject="lượt tàu bình quân mỗi hoa tiêu dẫn", period=inh(H1)),
    fig("trọng tải 180.000 DWT", "180.000", 180000, "measure", "DWT",
        subject="trọng tải tàu lớn nhất được dẫn", period=inh(H1)),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp lai dắt"),
    fig("với 27 tàu lai", "27", 27, "count", "tàu lai", subject="tàu lai của các doanh nghiệp lai dắt"),
    fig("hơn 68.000 CV", "68.000", 68000, "measure", "CV", approx="over",
        subject="tổng công suất tàu lai"),
    fig("thực hiện 4.210 lượt", "4.210", 4210, "count", "lượt hỗ trợ", percent=52.3,
        subject="lượt hỗ trợ tàu cập, rời cầu cảng của các tàu lai", period=H1S),
    fig("ghi nhận 2 sự cố", "2", 2, "count", "sự cố", change=chg("decrease", 3, "vụ", "cùng kỳ"),
        subject="sự cố va chạm nhẹ khi tàu lai hỗ trợ tàu cập cầu", period=inh(H1)),
    fig("ước đạt 118 tỷ", "118", 118000000000, "money", "đồng", percent=54, status="estimate",
        subject="doanh thu dịch vụ hoa tiêu", period=inh(H1)),
    fig("trên 4.100 lượt tàu", "4.100", 4100, "count", "lượt tàu", approx="over", status="target",
        subject="lượt tàu dẫn an toàn", period=H2),
    fig("khoảng 8.000 lượt", "8.000", 8000, "count", "lượt", approx="about", status="target",
        subject="tổng số lượt tàu dẫn cả năm", period=YR),
    fig("cho 12 hoa tiêu", "12", 12, "count", "hoa tiêu", status="target",
        subject="hoa tiêu được đào tạo, nâng hạng", period=H2),
    fig("có 4 tuyến", "4", 4, "count", "tuyến dẫn tàu",
        subject="tuyến dẫn tàu chính trong vùng hoa tiêu bắt buộc"),
]

NOTES = [
    "Province portal (Quảng Ninh): pilotage (Hoa tiêu khu vực II) and tugs, first half of 2024. Breadcrumb, 'Cập nhật: 12/07/2024 15:20 | Lượt xem: 2.341'.",
    "Distractors: view counter 2.341, time 15:20, 'khu vực II' (company name), 'ngày 14/5', 'cầu số 5 Cái Lân', 'Quyết định số 1427/QĐ-CHHVN', '6 tháng cuối năm'.",
    "'Trong đó' after the GT sentence: the parts count lượt, so their whole is 3.962 lượt tàu (same thing), not 41,5 triệu GT.",
    "31 + 24 do not add up to 86, but follow 'trong đó': total 86. 'Bình quân mỗi hoa tiêu' → rate, unit lượt tàu/hoa tiêu.",
    "'hiện có' counts get no period; the headline gets none. 8.000 continues the 'phấn đấu' clause (target) with period 'cả năm' = 2024.",
    "revised after the first run: place words (trên địa bàn tỉnh/thị xã/thành phố, toàn thành phố, cả nước) removed from subjects; the place is the location field (FIGURES.md §3).",
]

if __name__ == "__main__":
    write("p1121-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Quảng Ninh")
