from lib import F, P, Y, build

TEXT = """
Bắc Giang: 9 tháng cấp gần 12.500 giấy chứng nhận quyền sử dụng đất lần đầu
Cập nhật: 14/10/2024 09:20
Lượt xem: 2.317

Theo báo cáo của Sở Tài nguyên và Môi trường, 9 tháng năm 2024, toàn tỉnh đã cấp gần 12.500 giấy chứng nhận quyền sử dụng đất (GCN) lần đầu cho hộ gia đình, cá nhân, đạt 83,2% kế hoạch năm, tăng 14,6% so với cùng kỳ năm 2023. Tổng diện tích được cấp giấy là 1.846,7 ha, trong đó đất ở 312,4 ha, đất nông nghiệp 1.534,3 ha.

Dẫn đầu về số giấy chứng nhận cấp lần đầu là huyện Lục Ngạn với 2.146 giấy, tiếp đến là huyện Yên Thế 1.872 giấy, huyện Lạng Giang 1.503 giấy và thị xã Việt Yên 1.290 giấy. Một số địa phương còn chậm như huyện Sơn Động mới đạt 54,8% kế hoạch, huyện Tân Yên đạt 61%.

Tính đến ngày 30/9/2024, toàn tỉnh còn khoảng 8.900 thửa đất đủ điều kiện nhưng chưa được cấp giấy, chủ yếu do người dân chưa hoàn thành nghĩa vụ tài chính hoặc đất đang có tranh chấp. Cũng trong 9 tháng, thu tiền sử dụng đất từ việc cấp giấy chứng nhận ước đạt 415 tỷ đồng.

Năm 2024, tỉnh đặt chỉ tiêu cấp 15.000 giấy chứng nhận lần đầu. UBND tỉnh yêu cầu các huyện, thành phố rà soát từng trường hợp tồn đọng, phấn đấu đến ngày 31/12/2024 tỷ lệ diện tích đất đã được cấp giấy chứng nhận lần đầu đạt trên 98%. Mọi vướng mắc đề nghị liên hệ Văn phòng Đăng ký đất đai tỉnh, số 50 đường Ngô Gia Tự, thành phố Bắc Giang, điện thoại 0204.3854.925.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
FIGS = [
    F("9 tháng cấp gần 12.500 giấy", "12.500", 12500, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất lần đầu", approx="nearly", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đã cấp gần 12.500 giấy", "12.500", 12500, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất lần đầu cấp cho hộ gia đình, cá nhân", approx="nearly", percent=83.2,
      change={"direction": "increase", "value": 14.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=N9),
    F("cấp giấy là 1.846,7 ha", "1.846,7", 1846.7, "measure", "ha", "tổng diện tích được cấp giấy", period=N9i),
    F("đất ở 312,4 ha", "312,4", 312.4, "measure", "ha", "diện tích đất ở được cấp giấy", total=1846.7, period=N9i),
    F("đất nông nghiệp 1.534,3 ha", "1.534,3", 1534.3, "measure", "ha", "diện tích đất nông nghiệp được cấp giấy",
      total=1846.7, period=N9i),
    F("Lục Ngạn với 2.146 giấy", "2.146", 2146, "count", "giấy", "số giấy chứng nhận cấp lần đầu",
      location="Lục Ngạn", period=N9i),
    F("Yên Thế 1.872 giấy", "1.872", 1872, "count", "giấy", "số giấy chứng nhận cấp lần đầu",
      location="Yên Thế", period=N9i),
    F("Lạng Giang 1.503 giấy", "1.503", 1503, "count", "giấy", "số giấy chứng nhận cấp lần đầu",
      location="Lạng Giang", period=N9i),
    F("Việt Yên 1.290 giấy", "1.290", 1290, "count", "giấy", "số giấy chứng nhận cấp lần đầu",
      location="Việt Yên", period=N9i),
    F("mới đạt 54,8% kế hoạch", "54,8", 54.8, "percent", "%", "giấy chứng nhận cấp lần đầu so với kế hoạch",
      location="Sơn Động", period=N9i),
    F("Tân Yên đạt 61%", "61", 61, "percent", "%", "giấy chứng nhận cấp lần đầu so với kế hoạch",
      location="Tân Yên", period=N9i),
    F("khoảng 8.900 thửa đất", "8.900", 8900, "count", "thửa đất",
      "thửa đất đủ điều kiện nhưng chưa được cấp giấy", approx="about",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("ước đạt 415 tỷ đồng", "415", 415e9, "money", "đồng",
      "thu tiền sử dụng đất từ việc cấp giấy chứng nhận", status="estimate",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("chỉ tiêu cấp 15.000 giấy", "15.000", 15000, "count", "giấy chứng nhận",
      "chỉ tiêu cấp giấy chứng nhận lần đầu", status="target", period=Y(2024, "Năm 2024")),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ diện tích đất đã được cấp giấy chứng nhận lần đầu",
      approx="over", status="target", period=P("đến ngày 31/12/2024", None, "2024-12-31")),
]

build("p376-1", TEXT, FIGS, [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): first-time land-use certificates, 9 months 2024. 'Cập nhật:' dateline + view counter.",
    "Distractors: 'Lượt xem: 2.317', '30/9/2024' (as-of date), address 'số 50 đường Ngô Gia Tự', phone 0204.3854.925.",
    "'đạt 83,2% kế hoạch năm' after the count is its percent; 'trong đó đất ở …, đất nông nghiệp …' are parts of 1.846,7 ha.",
    "District list shares the indicator of its head; districts go to location. Headline figure annotated (period from the body: inherited).",
    "'chỉ tiêu cấp 15.000' and 'phấn đấu … đạt trên 98%' are figures with status target.",
], published="2024-10-14", location="Bắc Giang")
