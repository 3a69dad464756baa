"""p1030-8: Báo Quảng Bình online (QBĐT tag), BĐVHX pension payouts and BCCI dossiers, first half of 2023."""
from lib import F, P, CH, TG, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Kinh tế | Xã hội

Hơn 42.000 lượt người nhận lương hưu tại điểm bưu điện văn hóa xã

Thứ tư, 05/07/2023, 08:20

(QBĐT) - 6 tháng đầu năm, 146 điểm bưu điện văn hóa xã (BĐVHX) trên địa bàn tỉnh đã chi trả lương hưu, trợ cấp BHXH cho 42.360 lượt người với số tiền 163,7 tỷ đồng, tăng 5,1% so với cùng kỳ năm 2022. Trong đó, số tiền chi trả tận nhà cho người già yếu, neo đơn đạt 21,4 tỷ đồng, chiếm 13,1%. Các huyện có số lượt chi trả lớn là Bố Trạch, Quảng Ninh và Lệ Thủy với lần lượt 9.850, 7.420 và 7.105 lượt.

Thực hiện Quyết định số 45/2016/QĐ-TTg, tính đến 30/6, các điểm BĐVHX đã tiếp nhận 8.712 hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích, trong đó hồ sơ cấp đổi giấy phép lái xe chiếm gần 35%. Sản lượng bưu gửi qua các điểm đạt khoảng 58.000 bưu gửi, trong đó có 12.600 bưu kiện nông sản như khoai deo, mật ong rừng, chiếm 21,7%.

Đáng chú ý, tại 2 huyện miền núi Minh Hóa và Tuyên Hóa, dọc Quốc lộ 12A, nhân viên điểm BĐVHX đã hỗ trợ 3.240 người dân cài đặt ứng dụng VNeID, tạo 1.870 tài khoản định danh điện tử mức độ 2.

Dự kiến 6 tháng cuối năm, các điểm sẽ chi trả thêm khoảng 170 tỷ đồng; Bưu điện tỉnh phấn đấu cả năm 2023 doanh thu tại điểm BĐVHX đạt 11,5 tỷ đồng, bình quân 6,5 triệu đồng/điểm/tháng.

Phan Phương
"""

H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
H1i = P("6 tháng đầu năm", "2023-01-01", "2023-06-30", inh=True)
ASOF = P("tính đến 30/6", None, "2023-06-30")
ASOFi = P("tính đến 30/6", None, "2023-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
LIST = "số lượt chi trả lương hưu, trợ cấp BHXH"

FIGS = [
    F("Hơn 42.000 lượt", "42.000", "count", "lượt người", "lượt người nhận lương hưu tại điểm BĐVHX", approx="over"),
    F("146 điểm", "146", "count", "điểm", "điểm bưu điện văn hóa xã", period=H1),
    F("cho 42.360 lượt người", "42.360", "count", "lượt người", "lượt người nhận lương hưu, trợ cấp BHXH tại điểm BĐVHX", period=H1),
    F("số tiền 163,7 tỷ đồng", "163,7", "money", "đồng", "tiền lương hưu, trợ cấp BHXH chi trả tại điểm BĐVHX",
      change=CH("increase", 5.1, "%", "cùng kỳ năm 2022"), period=H1),
    F("đạt 21,4 tỷ đồng", "21,4", "money", "đồng", "số tiền chi trả tận nhà cho người già yếu, neo đơn",
      total=163700000000, percent=13.1, period=H1i),
    F("lần lượt 9.850", "9.850", "count", "lượt", LIST, location="Bố Trạch", period=H1i),
    F("9.850, 7.420", "7.420", "count", "lượt", LIST, location="Quảng Ninh", period=H1i),
    F("và 7.105 lượt", "7.105", "count", "lượt", LIST, location="Lệ Thủy", period=H1i),
    F("tiếp nhận 8.712 hồ sơ", "8.712", "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận qua dịch vụ bưu chính công ích",
      period=ASOF),
    F("chiếm gần 35%", "35", "percent", "%", "hồ sơ cấp đổi giấy phép lái xe trong hồ sơ qua dịch vụ bưu chính công ích",
      approx="nearly", period=ASOF),
    F("khoảng 58.000 bưu gửi", "58.000", "count", "bưu gửi", "sản lượng bưu gửi qua các điểm BĐVHX", approx="about", period=ASOFi),
    F("có 12.600 bưu kiện", "12.600", "count", "bưu kiện", "bưu kiện nông sản", total=58000, percent=21.7, period=ASOFi),
    F("tại 2 huyện", "2", "count", "huyện", "huyện miền núi", optional=True),
    F("hỗ trợ 3.240 người", "3.240", "count", "người", "người dân được hỗ trợ cài đặt ứng dụng VNeID", period=ASOFi),
    F("tạo 1.870 tài khoản", "1.870", "count", "tài khoản", "tài khoản định danh điện tử mức độ 2 được tạo", period=ASOFi),
    F("khoảng 170 tỷ đồng", "170", "money", "đồng", "tiền lương hưu, trợ cấp chi trả thêm qua các điểm",
      approx="about", status="forecast", period=H2),
    F("đạt 11,5 tỷ đồng", "11,5", "money", "đồng", "doanh thu tại điểm BĐVHX", status="target", period=Y23),
    F("bình quân 6,5 triệu đồng/điểm/tháng", "6,5", "money", "đồng/điểm/tháng", "doanh thu bình quân điểm BĐVHX",
      status="target", period=Y23),
]

write("p1030-8", TEXT, FIGS, published="2023-07-05", location="Quảng Bình", comments=[
    "Báo Quảng Bình điện tử (QBĐT): BĐVHX pension payouts, BCCI dossiers, parcels, first half of 2023. The tag QBĐT and the",
    "districts imply Quảng Bình (the text only says 'tỉnh'). Year-less '6 tháng đầu năm', 'tính đến 30/6' take 2023 from the dateline.",
    "The headline figure has no period phrase. 'lần lượt 9.850, 7.420 và 7.105 lượt' share the indicator; districts are locations.",
    "'hồ sơ cấp đổi giấy phép lái xe chiếm gần 35%' has no count of its own: a percent figure. '2 huyện' restates the list (optional).",
    "The two districts' joint figures (3.240, 1.870) have no single district: location Quảng Bình.",
    "Distractors: 'Quyết định số 45/2016/QĐ-TTg', 'Quốc lộ 12A', 'mức độ 2', 'Thứ tư, 05/07/2023, 08:20'.",
    "revised after the first run: the district list's subject is its own indicator 'số lượt chi trả' (stated before the list), not the previous sentence's wording.",
])
