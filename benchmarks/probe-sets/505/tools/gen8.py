"""p505-8: city portal (TP. Cần Thơ), 'Ngày cập nhật' — water company Q1/2024 results, customers by district, 2024 plan."""
from lib import emit, fig, per, inh, ch, tg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Kinh tế - Xã hội

Cần Thơ: Sản lượng nước thương phẩm quý I tăng 5,4%

Ngày cập nhật 22/04/2024

Theo Công ty Cổ phần Cấp thoát nước Cần Thơ, quý I/2024, sản lượng nước thương phẩm đạt 14,82 triệu m³, tăng 5,4% so với cùng kỳ năm 2023, đạt 24,1% kế hoạch năm. Doanh thu tiền nước đạt 118,6 tỷ đồng; lợi nhuận trước thuế ước đạt 21,3 tỷ đồng.

Trong quý, công ty phát triển mới 2.145 khách hàng, nâng tổng số khách hàng sử dụng nước lên 248.760, trong đó các quận Ninh Kiều, Bình Thủy và Cái Răng lần lượt có 98.420, 41.350 và 36.180 khách hàng.

Tỷ lệ thất thoát nước bình quân là 17,9%, giảm 0,8% so với cuối năm 2023, xếp thứ 4 trong số các đô thị loại I về tỷ lệ thất thoát thấp. Tỷ lệ hộ dân đô thị sử dụng nước sạch đạt 99,6%, hộ dân nông thôn đạt 91,2%.

Hiện tổng chiều dài mạng lưới đường ống đạt 2.184,6 km; Nhà máy nước Cần Thơ 2 có công suất 50.000 m³/ngày đêm.

Năm 2024, công ty đặt kế hoạch sản lượng 61,5 triệu m³, doanh thu 492 tỷ đồng; dự kiến đầu tư 86 km tuyến ống mới, trong đó có tuyến ống D400 trên đường 3 Tháng 2 và đường 30 Tháng 4 với kinh phí khoảng 37 tỷ đồng.

Khách hàng cần hỗ trợ liên hệ tổng đài 0292.3821.166 hoặc Phòng Chăm sóc khách hàng, số 2A Nguyễn Trãi, quận Ninh Kiều.

Lượt xem: 1.027
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TQ = per("Trong quý", "2024-01-01", "2024-03-31")

FIGS = [
    fig("quý I tăng 5,4%", "5,4", 5.4, "percent", "%", "sản lượng nước thương phẩm quý I",
        per("quý I", "2024-01-01", "2024-03-31")),
    fig("đạt 14,82 triệu m³", "14,82", 14.82e6, "measure", "m³", "sản lượng nước thương phẩm", Q1,
        percent=24.1, change=ch("increase", 5.4, baseline="cùng kỳ năm 2023")),
    fig("đạt 118,6 tỷ đồng", "118,6", 118.6e9, "money", "đồng", "doanh thu tiền nước", inh(Q1)),
    fig("ước đạt 21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng", "lợi nhuận trước thuế", inh(Q1), status="estimate"),
    fig("mới 2.145 khách hàng", "2.145", 2145, "count", "khách hàng", "khách hàng phát triển mới", TQ),
    fig("lên 248.760", "248.760", 248760, "count", "khách hàng", "tổng số khách hàng sử dụng nước", TQ),
    fig("98.420", "98.420", 98420, "count", "khách hàng", "khách hàng sử dụng nước", TQ, total=248760,
        location="Ninh Kiều"),
    fig("41.350", "41.350", 41350, "count", "khách hàng", "khách hàng sử dụng nước", TQ, total=248760,
        location="Bình Thủy"),
    fig("36.180", "36.180", 36180, "count", "khách hàng", "khách hàng sử dụng nước", TQ, total=248760,
        location="Cái Răng"),
    fig("là 17,9%", "17,9", 17.9, "percent", "%", "tỷ lệ thất thoát nước bình quân", inh(Q1),
        change=ch("decrease", 0.8, baseline="cuối năm 2023")),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", "tỷ lệ thất thoát thấp trong số các đô thị loại I"),
    fig("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ hộ dân đô thị sử dụng nước sạch"),
    fig("đạt 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch"),
    fig("2.184,6 km", "2.184,6", 2184.6, "measure", "km", "tổng chiều dài mạng lưới đường ống"),
    fig("50.000 m³/ngày đêm", "50.000", 50000, "measure", "m³/ngày đêm", "công suất Nhà máy nước Cần Thơ 2"),
    fig("61,5 triệu m³", "61,5", 61.5e6, "measure", "m³", "kế hoạch sản lượng", Y24, status="target"),
    fig("492 tỷ đồng", "492", 492e9, "money", "đồng", "kế hoạch doanh thu", Y24, status="target"),
    fig("86 km", "86", 86, "measure", "km", "tuyến ống mới dự kiến đầu tư", Y24, status="forecast"),
    fig("khoảng 37 tỷ đồng", "37", 37e9, "money", "đồng", "kinh phí tuyến ống D400", Y24, approx="about",
        status="forecast"),
]

COMMENTS = [
    "City portal (invented): TP. Cần Thơ — water company results for Q1/2024. 'Ngày cập nhật 22/04/2024' = published; 'Lượt xem: 1.027'.",
    "Not figures: 'Nhà máy nước Cần Thơ 2', 'D400' (pipe size label), 'đường 3 Tháng 2', 'đường 30 Tháng 4', 'đô thị loại I',",
    "'số 2A Nguyễn Trãi', phone 0292.3821.166, the view counter.",
    "Headline 'quý I tăng 5,4%' is a growth rate that is the claim: percent, no change; in the body the same 5,4% is the change of 14,82 triệu m³.",
    "'đạt 24,1% kế hoạch năm' is the share of 14,82 triệu m³. 'lợi nhuận … ước đạt' estimate, 'Doanh thu … đạt' (before ';') actual.",
    "'lần lượt có 98.420, 41.350 và 36.180' after 'trong đó' following 248.760: parts of it (total), location = the district.",
    "'Tỷ lệ thất thoát … 17,9%, giảm 0,8% so với cuối năm 2023' change of the level; 'xếp thứ 4 trong số các đô thị loại I' rank",
    "(no number for the whole). 'Năm 2024, công ty đặt kế hoạch …' targets; 'dự kiến đầu tư 86 km …' and its 37 tỷ forecast.",
    "Periods: headline 'quý I' (no year) takes 2024 from published; 'Trong quý' in a quarterly report is that quarter (as 'trong tháng'",
    "in a monthly report): scored. Sentences with no period phrase of their own inherit Q1/2024 (unscored).",
]

if __name__ == "__main__":
    emit("p505-8", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Cần Thơ")
