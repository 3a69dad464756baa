from lib import F, P, build

TEXT = """BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Kinh tế

Siết chặt quản lý mã số vùng trồng cây ăn quả xuất khẩu
Thứ Sáu, 15/11/2024 - 08:30

(BSL) - Năm 2024, toàn tỉnh có 367 mã số vùng trồng cây ăn quả với tổng diện tích trên 14.200 ha, trong đó xoài 139 mã, nhãn 115 mã, mận 47 mã, chanh leo 38 mã và cây ăn quả khác 28 mã. Các huyện có nhiều mã số vùng trồng là Mai Sơn (98 mã), Yên Châu (64 mã), Sông Mã (57 mã), Mộc Châu (41 mã); thành phố Sơn La có 12 mã.

Qua rà soát, kiểm tra 10 tháng năm 2024, Sở Nông nghiệp và PTNT đã đề nghị thu hồi 23 mã số vùng trồng do các hộ không duy trì ghi chép nhật ký, diện tích bị thu hẹp dưới 10 ha hoặc chuyển đổi cây trồng. Phía Trung Quốc cũng tạm dừng 4 mã số vùng trồng xoài của huyện Yên Châu.

Sản lượng quả xuất khẩu 10 tháng ước đạt 9.850 tấn, kim ngạch khoảng 12,6 triệu USD, tăng 18% so với cùng kỳ. Trong đó, xoài xuất khẩu 6.420 tấn sang Trung Quốc, Úc, Mỹ, Hàn Quốc; nhãn 2.160 tấn. Tuy nhiên, trong năm có 3 lô xoài xuất khẩu bị trả về do phát hiện rệp sáp, ruồi đục quả, với tổng khối lượng gần 58 tấn.

Hiện 100% mã số vùng trồng của tỉnh đã được cập nhật lên hệ thống truy xuất nguồn gốc; 214 sản phẩm được cấp mã QR. Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy, tỉnh phấn đấu đến năm 2025 có 420 mã số vùng trồng, diện tích cây ăn quả đạt 85.000 ha.

Tại hội nghị, đại diện Hợp tác xã Xoài 19/5 (xã Chiềng Khương, huyện Sông Mã) kiến nghị hỗ trợ kinh phí giám sát, lấy mẫu; ông Lò Văn Tâm, bản Nà Hạ 2, cho biết gia đình đã duy trì mã số vùng trồng 3 năm liền nhờ ghi chép đầy đủ.

Thu Hà
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Y_I = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10_I = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", inh=True)
M10b = P("10 tháng", "2024-01-01", "2024-10-31")
TN = P("trong năm", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 367 mã", "367", 367, "count", "mã số vùng trồng", "mã số vùng trồng cây ăn quả", period=Y),
    F("trên 14.200 ha", "14.200", 14200, "measure", "ha", "tổng diện tích mã số vùng trồng", approx="over", period=Y),
    F("xoài 139 mã", "139", 139, "count", "mã", "mã số vùng trồng xoài", total=367, period=Y),
    F("nhãn 115 mã", "115", 115, "count", "mã", "mã số vùng trồng nhãn", total=367, period=Y),
    F("mận 47 mã", "47", 47, "count", "mã", "mã số vùng trồng mận", total=367, period=Y),
    F("chanh leo 38 mã", "38", 38, "count", "mã", "mã số vùng trồng chanh leo", total=367, period=Y),
    F("khác 28 mã", "28", 28, "count", "mã", "mã số vùng trồng cây ăn quả khác", total=367, period=Y),
    F("Mai Sơn (98 mã)", "98", 98, "count", "mã", "mã số vùng trồng", period=Y_I, location="Mai Sơn"),
    F("Yên Châu (64 mã)", "64", 64, "count", "mã", "mã số vùng trồng", period=Y_I, location="Yên Châu"),
    F("Sông Mã (57 mã)", "57", 57, "count", "mã", "mã số vùng trồng", period=Y_I, location="Sông Mã"),
    F("Mộc Châu (41 mã)", "41", 41, "count", "mã", "mã số vùng trồng", period=Y_I, location="Mộc Châu"),
    F("có 12 mã", "12", 12, "count", "mã", "mã số vùng trồng", period=Y_I, location="thành phố Sơn La"),
    F("thu hồi 23 mã", "23", 23, "count", "mã số vùng trồng", "mã số vùng trồng đề nghị thu hồi", period=M10),
    F("dưới 10 ha", "10", 10, "measure", "ha", approx="under", optional=True),
    F("dừng 4 mã", "4", 4, "count", "mã số vùng trồng", "mã số vùng trồng xoài bị phía Trung Quốc tạm dừng",
      period=M10_I, location="Yên Châu"),
    F("ước đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", "sản lượng quả xuất khẩu", status="estimate", period=M10b),
    F("khoảng 12,6 triệu USD", "12,6", 12600000, "money", "USD", "kim ngạch xuất khẩu quả", approx="about",
      status="estimate", change={"direction": "increase", "value": 18, "unit": "%", "baseline": "cùng kỳ"},
      period=M10b),
    F("xuất khẩu 6.420 tấn", "6.420", 6420, "measure", "tấn", "xoài xuất khẩu", total=9850, status="estimate",
      period=M10_I),
    F("nhãn 2.160 tấn", "2.160", 2160, "measure", "tấn", "nhãn xuất khẩu", total=9850, status="estimate",
      period=M10_I),
    F("có 3 lô", "3", 3, "count", "lô", "lô xoài xuất khẩu bị trả về", period=TN),
    F("gần 58 tấn", "58", 58, "measure", "tấn", "tổng khối lượng lô xoài bị trả về", approx="nearly", period=TN),
    F("Hiện 100%", "100", 100, "percent", "%", "mã số vùng trồng được cập nhật lên hệ thống truy xuất nguồn gốc"),
    F("214 sản phẩm", "214", 214, "count", "sản phẩm", "sản phẩm được cấp mã QR"),
    F("có 420 mã", "420", 420, "count", "mã số vùng trồng", "mã số vùng trồng", status="target", period=T25),
    F("đạt 85.000 ha", "85.000", 85000, "measure", "ha", "diện tích cây ăn quả", status="target", period=T25),
    F("trồng 3 năm", "3", 3, "measure", "năm", optional=True),
]

COMMENTS = [
    "Báo Sơn La (Party newspaper): growing-area codes by crop and district, revocations, exports, returned lots. Dateline 'Thứ Sáu, 15/11/2024 - 08:30'; byline at the end.",
    "Crop list after 'trong đó' following 367 mã: each item has total 367 and the crop in its subject. District list: the district (or the city Sơn La) is the location.",
    "'10 tháng' without a year takes 2024 from '10 tháng năm 2024' above. 'tăng 18% so với cùng kỳ' is the change of the nearest figure, 12,6 triệu USD.",
    "'Trong đó, xoài … 6.420 tấn …; nhãn 2.160 tấn' after a sentence break: parts of 9.850 tấn (total);",
    "revised: first annotated actual (new sentence without 'ước'); now estimate: the breakdown continues the 'ước đạt' clause it splits up, as in p369-3/p369-4.",
    "'trong năm' = 2024. 'Hiện 100%', '214 sản phẩm': no period phrase. Targets: 'phấn đấu đến năm 2025'.",
    "Optional: threshold 'dưới 10 ha' (a criterion), '3 năm liền' (a duration in an anecdote).",
    "Distractors: 'Nghị quyết số 09-NQ/TU', cooperative name 'Hợp tác xã Xoài 19/5', hamlet 'bản Nà Hạ 2', dateline, '(BSL)'.",
]

if __name__ == "__main__":
    build(5, TEXT, COMMENTS, FIGS, published="2024-11-15", location="Sơn La")
