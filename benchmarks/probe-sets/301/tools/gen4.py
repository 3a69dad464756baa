from lib import F, P, C, T, emit

TEXT = """CÔNG AN TỈNH BÌNH DƯƠNG
Tin hoạt động > Phòng Cảnh sát giao thông

Quý I/2024: Tước gần 2.900 giấy phép lái xe của người vi phạm
Ngày đăng: 02/04/2024 | Người đăng: Phòng PC08 | Lượt xem: 1.207

Thực hiện Kế hoạch số 1268/KH-CAT-PC08 về cao điểm bảo đảm trật tự an toàn giao thông, trong quý I/2024, Phòng Cảnh sát giao thông Công an tỉnh đã chủ trì, phối hợp Công an các huyện, thị xã, thành phố tổ chức 3.642 ca tuần tra, kiểm soát, huy động hơn 15 ngàn lượt cán bộ, chiến sĩ.

Qua tuần tra, kiểm soát, lực lượng chức năng đã phát hiện, lập biên bản 38.519 trường hợp vi phạm, tăng 27,4% so với cùng kỳ năm 2023. Trong đó vi phạm nồng độ cồn 7.806 trường hợp (người điều khiển ô tô 1.215 trường hợp, mô tô, xe máy 6.591 trường hợp); vi phạm tốc độ 5.932 trường hợp; chở quá tải trọng 614 trường hợp. Tổng số tiền phạt nộp kho bạc nhà nước hơn 72,3 tỷ đồng; tạm giữ 5.118 phương tiện; tước gần 2.900 giấy phép lái xe.

Về tình hình tai nạn giao thông, quý I/2024 toàn tỉnh xảy ra 95 vụ (giảm 16 vụ), làm chết 71 người (giảm 9 người), bị thương 58 người (tăng 3 người) so với cùng kỳ năm 2023. Các địa bàn xảy ra nhiều vụ tai nạn là TP Thủ Dầu Một 19 vụ, TP Dĩ An 17 vụ, TP Thuận An 15 vụ và thị xã Bến Cát 12 vụ.

Năm 2024, Phòng CSGT phấn đấu 100% vụ tai nạn giao thông được điều tra, xác minh, xử lý đúng quy định; tiếp tục xử lý nghiêm các hành vi vi phạm theo Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP của Chính phủ.

Người dân có thể phản ánh hành vi vi phạm qua số điện thoại 0274.3822.047 hoặc ứng dụng VNeTraffic; trụ sở Phòng CSGT tại số 498 đại lộ Bình Dương, phường Hiệp Thành.

Thanh Tùng
"""

Q = P("quý I/2024", "2024-01-01", "2024-03-31")
Qi = P("quý I/2024", "2024-01-01", "2024-03-31", inh=True)

figs = [
    F("Tước gần 2.900", "2.900", 2900, "count", "giấy phép lái xe", "giấy phép lái xe bị tước",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="nearly"),
    F("tổ chức 3.642 ca", "3.642", 3642, "count", "ca", "ca tuần tra, kiểm soát", Q),
    F("hơn 15 ngàn lượt", "15", 15000, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ huy động", Q, approx="over"),
    F("lập biên bản 38.519", "38.519", 38519, "count", "trường hợp", "trường hợp vi phạm lập biên bản", Qi,
      change=C("increase", 27.4, "%", "cùng kỳ năm 2023")),
    F("nồng độ cồn 7.806", "7.806", 7806, "count", "trường hợp", "vi phạm nồng độ cồn", Qi, total=38519),
    F("ô tô 1.215", "1.215", 1215, "count", "trường hợp", "vi phạm nồng độ cồn người điều khiển ô tô", Qi, total=7806),
    F("xe máy 6.591", "6.591", 6591, "count", "trường hợp", "vi phạm nồng độ cồn người điều khiển mô tô, xe máy", Qi, total=7806),
    F("tốc độ 5.932", "5.932", 5932, "count", "trường hợp", "vi phạm tốc độ", Qi, total=38519),
    F("tải trọng 614", "614", 614, "count", "trường hợp", "chở quá tải trọng", Qi, total=38519),
    F("hơn 72,3 tỷ đồng", "72,3", 72.3e9, "money", "đồng", "tổng số tiền phạt nộp kho bạc nhà nước", Qi, approx="over"),
    F("tạm giữ 5.118", "5.118", 5118, "count", "phương tiện", "phương tiện tạm giữ", Qi),
    F("tước gần 2.900", "2.900", 2900, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", Qi, approx="nearly"),
    F("xảy ra 95 vụ", "95", 95, "count", "vụ", "vụ tai nạn giao thông", Q,
      change=C("decrease", 16, "vụ", "cùng kỳ năm 2023")),
    F("làm chết 71 người", "71", 71, "count", "người", "người chết do tai nạn giao thông", Q,
      change=C("decrease", 9, "người", "cùng kỳ năm 2023")),
    F("bị thương 58 người", "58", 58, "count", "người", "người bị thương do tai nạn giao thông", Q,
      change=C("increase", 3, "người", "cùng kỳ năm 2023")),
    F("Thủ Dầu Một 19 vụ", "19", 19, "count", "vụ", "vụ tai nạn giao thông", Qi, location="Thủ Dầu Một"),
    F("Dĩ An 17 vụ", "17", 17, "count", "vụ", "vụ tai nạn giao thông", Qi, location="Dĩ An"),
    F("Thuận An 15 vụ", "15", 15, "count", "vụ", "vụ tai nạn giao thông", Qi, location="Thuận An"),
    F("Bến Cát 12 vụ", "12", 12, "count", "vụ", "vụ tai nạn giao thông", Qi, location="Bến Cát"),
    F("phấn đấu 100% vụ", "100", 100, "percent", "%", "vụ tai nạn giao thông được điều tra, xác minh, xử lý đúng quy định",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

HEADER = """Department site (Công an tỉnh Bình Dương, Phòng CSGT): patrols, sanctions and accidents, quý I/2024. 'Ngày đăng: 02/04/2024 | Người đăng | Lượt xem: 1.207'.
'hơn 15 ngàn lượt' = 15000 (ngàn). 'Trong đó' chain: 7.806 / 5.932 / 614 are parts of 38.519; the bracketed breakdown 1.215 + 6.591 = 7.806 gives total 7806.
Accidents: each bracketed change '(giảm 16 vụ)' belongs to the figure before it; baseline 'cùng kỳ năm 2023' closes the sentence.
Places in the list (TP Thủ Dầu Một, TP Dĩ An, TP Thuận An, thị xã Bến Cát) are locations. Headline figure has its own period 'Quý I/2024'.
Distractors: Kế hoạch số 1268/KH-CAT-PC08, PC08, Nghị định 100/2019/NĐ-CP and 123/2021/NĐ-CP, phone 0274.3822.047, address 'số 498 đại lộ Bình Dương', view counter."""

emit("p301-4", TEXT, figs, HEADER, published="2024-04-02", location="Bình Dương")
