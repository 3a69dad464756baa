from lib import F, P, inh, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN XƯƠNG
Trang chủ | Tin tức - Sự kiện | Kinh tế

Kiến Xương: 5.200 ha lúa xuân được cấy bằng máy

Thứ Năm, 25/04/2024 - 15:20

Vụ Xuân năm 2024, toàn huyện gieo cấy 11.850 ha lúa, trong đó diện tích cấy bằng máy đạt 5.200 ha, chiếm 43,9%, tăng 1.150 ha so với vụ Xuân năm 2023. Các xã có diện tích cấy máy lớn là Bình Thanh, Quang Trung, Vũ Lễ và Nam Bình.

Hiện toàn huyện có 168 máy cấy, trong đó 122 máy cấy đi bộ và 46 máy cấy ngồi lái; 37 hợp tác xã tổ chức dịch vụ làm mạ khay với tổng công suất khoảng 95.000 khay/ngày.

Bình quân mỗi máy cấy ngồi lái cấy được 55-60 ha/vụ, máy cấy đi bộ 25-30 ha/vụ. Chi phí cấy máy (cả tiền mạ) khoảng 3,8 triệu đồng/ha, thấp hơn cấy tay 1,2 triệu đồng/ha; thời gian cấy rút ngắn được 7-10 ngày so với trước.

Thực hiện Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh, năm 2024 huyện hỗ trợ 40% giá trị máy cấy, tối đa 150 triệu đồng/máy đối với máy cấy ngồi lái và tối đa 50 triệu đồng/máy đối với máy cấy đi bộ. Từ đầu năm đến nay, 14 máy cấy mới đã được hỗ trợ với tổng kinh phí 1,36 tỷ đồng.

Ông Phạm Văn Tuấn, Giám đốc HTX dịch vụ nông nghiệp Vũ Lễ cho biết, HTX đang vận hành 6 máy cấy, mỗi vụ cấy cho khoảng 180 ha của 1.300 hộ; mạ khay được gieo trên dây chuyền với 2 ca/ngày.

Phấn đấu vụ Xuân năm 2025, diện tích cấy máy của huyện đạt 6.500 ha, chiếm trên 55% diện tích gieo cấy.

Phòng Nông nghiệp và PTNT huyện

Địa chỉ: Khu 3, thị trấn Thanh Nê, huyện Kiến Xương, tỉnh Thái Bình
Điện thoại: 0227.3821.015
"""

FIGS = [
    F("Kiến Xương: 5.200 ha", "5.200", 5200, "measure", "ha", "lúa xuân được cấy bằng máy"),
    F("gieo cấy 11.850 ha", "11.850", 11850, "measure", "ha", "diện tích lúa gieo cấy vụ Xuân"),
    F("đạt 5.200 ha", "5.200", 5200, "measure", "ha", "diện tích cấy bằng máy vụ Xuân",
      total=11850, percent=43.9, change=CH("increase", 1150, "ha", "vụ Xuân năm 2023")),
    F("có 168 máy", "168", 168, "count", "máy cấy", "máy cấy"),
    F("122 máy", "122", 122, "count", "máy cấy", "máy cấy đi bộ", total=168),
    F("46 máy", "46", 46, "count", "máy cấy", "máy cấy ngồi lái", total=168),
    F("37 hợp tác xã", "37", 37, "count", "hợp tác xã", "hợp tác xã tổ chức dịch vụ làm mạ khay"),
    F("khoảng 95.000 khay/ngày", "95.000", 95000, "measure", "khay/ngày", "tổng công suất làm mạ khay", approx="about"),
    F("55-60 ha/vụ", "55", 55, "measure", "ha/vụ", "diện tích cấy bình quân mỗi máy cấy ngồi lái", value_max=60),
    F("25-30 ha/vụ", "25", 25, "measure", "ha/vụ", "diện tích cấy bình quân mỗi máy cấy đi bộ", value_max=30),
    F("khoảng 3,8 triệu", "3,8", 3800000, "money", "đồng/ha", "chi phí cấy máy (cả tiền mạ)", approx="about",
      change=CH("decrease", 1200000, "đồng/ha", "cấy tay")),
    F("7-10 ngày", "7", 7, "measure", "ngày", "thời gian cấy rút ngắn", value_max=10),
    F("hỗ trợ 40%", "40", 40, "percent", "%", "mức hỗ trợ giá trị máy cấy",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tối đa 150 triệu", "150", 150000000, "money", "đồng/máy", "mức hỗ trợ tối đa đối với máy cấy ngồi lái",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_most"),
    F("tối đa 50 triệu", "50", 50000000, "money", "đồng/máy", "mức hỗ trợ tối đa đối với máy cấy đi bộ",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_most"),
    F("14 máy cấy", "14", 14, "count", "máy cấy", "máy cấy mới được hỗ trợ",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-04-25")),
    F("1,36 tỷ", "1,36", 1360000000, "money", "đồng", "tổng kinh phí hỗ trợ máy cấy mới",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-04-25")),
    F("vận hành 6 máy", "6", 6, "count", "máy cấy", "máy cấy HTX dịch vụ nông nghiệp Vũ Lễ vận hành"),
    F("khoảng 180 ha", "180", 180, "measure", "ha", "diện tích HTX Vũ Lễ cấy mỗi vụ", approx="about"),
    F("1.300 hộ", "1.300", 1300, "count", "hộ", "hộ được HTX Vũ Lễ cấy máy"),
    F("2 ca/ngày", "2", 2, "measure", "ca/ngày", "ca gieo mạ khay trên dây chuyền", optional=True),
    F("đạt 6.500 ha", "6.500", 6500, "measure", "ha", "diện tích cấy máy của huyện vụ Xuân năm 2025",
      percent=55, status="target"),
]

COMMENTS = [
    "Probe 661-2. District portal (huyện Kiến Xương, Thái Bình): rice transplanters, tray seedlings, support per machine, vụ Xuân 2024.",
    "Dateline 'Thứ Năm, 25/04/2024 - 15:20'; location is the district (district portal). Seasons ('Vụ Xuân năm 2024') give no calendar period.",
    "5.200 ha after 'trong đó' is part of 11.850 ha, with 'chiếm 43,9%' as percent and 'tăng 1.150 ha' as change; 122/46 are parts of 168.",
    "'thấp hơn cấy tay 1,2 triệu đồng/ha' is the change of 3,8 triệu đồng/ha. 'tối đa' on each cap gives at_most.",
    "'Từ đầu năm đến nay' runs to the dateline. '2 ca/ngày' (shift count of a line) optional. Doc number, 'Khu 3', phone: not figures.",
    "'chiếm trên 55%' after the 6.500 ha target is its percent (the approx of an attribute is not recorded).",
]

if __name__ == "__main__":
    emit("p661-2", TEXT, COMMENTS, FIGS, published="2024-04-25", location="Kiến Xương")
