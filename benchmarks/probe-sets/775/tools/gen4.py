from lib import *

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Quản lý thị trường xử lý 1.152 vụ vi phạm đồ chơi, bánh Trung thu
12/09/2024 14:05

Theo Tổng cục Quản lý thị trường (Bộ Công Thương), từ ngày 1/8 đến ngày 10/9/2024, lực lượng quản lý thị trường cả nước đã kiểm tra 2.847 vụ liên quan đến kinh doanh bánh Trung thu, đồ chơi trẻ em và lồng đèn, phát hiện và xử lý 1.152 vụ vi phạm, tăng 9,6% so với cùng kỳ năm 2023. Tổng số tiền xử phạt vi phạm hành chính là 6,74 tỷ đồng; trị giá hàng hóa vi phạm hơn 3,9 tỷ đồng.

Trong số 1.152 vụ vi phạm, có 687 vụ kinh doanh hàng nhập lậu, không rõ nguồn gốc xuất xứ (chiếm 59,6%); 214 vụ vi phạm về nhãn hàng hóa; 96 vụ kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ; còn lại là các vi phạm khác.

Lực lượng chức năng đã tạm giữ gần 186.000 sản phẩm đồ chơi trẻ em, 23.400 chiếc lồng đèn nhựa, đèn LED và 8,2 tấn bánh Trung thu, nhân bánh không bảo đảm an toàn thực phẩm. Các địa phương phát hiện nhiều vụ vi phạm nhất lần lượt là Hà Nội (164 vụ), TP. Hồ Chí Minh (131 vụ), Lạng Sơn (97 vụ) và Quảng Ninh (72 vụ).

Đáng chú ý, khoảng 70-80% đồ chơi trẻ em bày bán tại các chợ truyền thống có nguồn gốc nhập khẩu, nhiều sản phẩm không có dấu hợp quy CR theo QCVN 3:2019/BKHCN. Tổng cục đề nghị người tiêu dùng phản ánh vi phạm qua đường dây nóng 1800.1234 hoặc ứng dụng "Quản lý thị trường".

Dự kiến, đợt cao điểm kiểm tra sẽ kéo dài đến hết ngày 20/9/2024, với khoảng 600 cuộc kiểm tra tiếp theo tại các tỉnh biên giới phía Bắc.

Chia sẻ: Facebook | Zalo | In bài
"""

PER = P("từ ngày 1/8 đến ngày 10/9/2024", "2024-08-01", "2024-09-10")
FIGS = [
    F("xử lý 1.152 vụ vi phạm đồ chơi", "1.152", 1152, "count", "vụ vi phạm",
      subject="vụ vi phạm đồ chơi, bánh Trung thu được xử lý", period=I(PER)),
    F("kiểm tra 2.847 vụ", "2.847", 2847, "count", "vụ",
      subject="vụ kiểm tra liên quan đến kinh doanh bánh Trung thu, đồ chơi trẻ em và lồng đèn", period=PER),
    F("xử lý 1.152 vụ vi phạm, tăng", "1.152", 1152, "count", "vụ vi phạm",
      change=CH("increase", 9.6, baseline="cùng kỳ năm 2023"), subject="vụ vi phạm được phát hiện và xử lý",
      period=PER),
    F("là 6,74 tỷ đồng", "6,74", 6740000000, "money", "đồng",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(PER)),
    F("hơn 3,9 tỷ đồng", "3,9", 3900000000, "money", "đồng", approx="over",
      subject="trị giá hàng hóa vi phạm", period=I(PER)),
    F("Trong số 1.152 vụ", "1.152", 1152, "count", "vụ vi phạm", subject="vụ vi phạm", period=I(PER),
      optional=True),
    F("có 687 vụ", "687", 687, "count", "vụ", total=1152, percent=59.6,
      subject="vụ kinh doanh hàng nhập lậu, không rõ nguồn gốc xuất xứ", period=I(PER)),
    F("214 vụ vi phạm", "214", 214, "count", "vụ", total=1152,
      subject="vụ vi phạm về nhãn hàng hóa", period=I(PER)),
    F("96 vụ kinh doanh", "96", 96, "count", "vụ", total=1152,
      subject="vụ kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=I(PER)),
    F("gần 186.000 sản phẩm", "186.000", 186000, "count", "sản phẩm", approx="nearly",
      subject="sản phẩm đồ chơi trẻ em bị tạm giữ", period=I(PER)),
    F("23.400 chiếc", "23.400", 23400, "count", "chiếc lồng đèn",
      subject="lồng đèn nhựa, đèn LED bị tạm giữ", period=I(PER)),
    F("8,2 tấn", "8,2", 8.2, "measure", "tấn",
      subject="bánh Trung thu, nhân bánh không bảo đảm an toàn thực phẩm bị tạm giữ", period=I(PER)),
]
for place, n in (("Hà Nội", "164"), ("TP. Hồ Chí Minh", "131"), ("Lạng Sơn", "97"), ("Quảng Ninh", "72")):
    FIGS.append(F(f"({n} vụ)", n, int(n), "count", "vụ", subject="vụ vi phạm phát hiện",
                  period=I(PER), location=place))
FIGS += [
    F("khoảng 70-80%", "70", 70, "percent", "%", value_max=80, approx="about",
      subject="đồ chơi trẻ em bày bán tại các chợ truyền thống có nguồn gốc nhập khẩu"),
    F("khoảng 600 cuộc", "600", 600, "count", "cuộc kiểm tra", approx="about", status="forecast",
      subject="cuộc kiểm tra tiếp theo tại các tỉnh biên giới phía Bắc"),
]

emit("p775-4", TEXT, [
    "Bộ Công Thương portal (invented): Tổng cục QLTT — kiểm tra, xử lý vi phạm bánh, đồ chơi, lồng đèn Trung thu 1/8-10/9/2024, cả nước.",
    "Distractors: QCVN 3:2019/BKHCN, hotline 1800.1234, dateline 12/09/2024 14:05, 'ngày 20/9/2024', share bar.",
    "'Trong số 1.152 vụ vi phạm' restates the whole: the parts' total; as a restated figure it is optional (h13/h26 count a first-mention 'Trong (số) N').",
    "'(chiếm 59,6%)' is the 687's share; province list items are counts with the province as location; national figures are Việt Nam;",
    "'các tỉnh biên giới phía Bắc' names no single province, so the 600 stays Việt Nam. 'dự kiến' -> forecast.",
], FIGS, published="2024-09-12", location="Việt Nam")
