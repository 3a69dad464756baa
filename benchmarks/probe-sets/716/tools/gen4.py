#!/usr/bin/env python3
"""p716-4: Bộ TN&MT ministry site — national waste-to-energy plants, CTRSH, EPR (2023/early 2024)."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Môi trường
Ngày đăng: 05/03/2024 | Lượt xem: 2.031

Cả nước có 14 nhà máy đốt rác phát điện đang vận hành

(TN&MT) - Theo Cục Kiểm soát ô nhiễm môi trường, tính đến hết năm 2023, cả nước có 14 nhà máy đốt chất thải rắn sinh hoạt phát điện đang vận hành với tổng công suất xử lý khoảng 15.200 tấn/ngày và tổng công suất phát điện 245 MW; ngoài ra còn 19 dự án đang xây dựng hoặc chuẩn bị đầu tư.

Năm 2023, khối lượng CTRSH phát sinh toàn quốc khoảng 67.877 tấn/ngày, trong đó khu vực đô thị khoảng 38.000 tấn/ngày, khu vực nông thôn gần 30.000 tấn/ngày. Bình quân mỗi người dân thải ra khoảng 0,69 kg/người/ngày. Tỷ lệ chôn lấp trực tiếp vẫn chiếm khoảng 64%, tỷ lệ đốt phát điện mới đạt 12%, còn lại là sản xuất phân bón và tái chế.

Các nhà máy quy mô lớn gồm Nhà máy điện rác Sóc Sơn (Hà Nội) công suất 4.000 tấn/ngày, 90 MW; Nhà máy đốt rác phát điện Cần Thơ 400 tấn/ngày, 7,5 MW; Nhà máy điện rác Bắc Ninh 500 tấn/ngày, 10 MW. Về tỷ lệ CTRSH xử lý bằng công nghệ đốt, Hà Nội đang dẫn đầu với khoảng 72%, Cần Thơ xếp thứ 2 với 68%.

Năm 2024 là năm đầu tiên thực hiện trách nhiệm tái chế của nhà sản xuất, nhập khẩu (EPR). Tính đến ngày 29/2/2024, đã có 2.143 doanh nghiệp kê khai với tổng khối lượng sản phẩm, bao bì phải tái chế khoảng 2,1 triệu tấn; 1.289 doanh nghiệp lựa chọn tự tổ chức tái chế, chiếm 60,2%.

Theo Chiến lược quốc gia về quản lý tổng hợp chất thải rắn, phấn đấu đến năm 2025 tỷ lệ CTRSH đô thị chôn lấp trực tiếp không quá 30%, đến năm 2030 dưới 10%. Cũng đến năm 2025, 100% đô thị loại II trở lên phải có cơ sở tái chế chất thải.

Cơ quan chủ quản: Bộ Tài nguyên và Môi trường. Địa chỉ: số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

ASOF23 = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 29/2/2024", None, "2024-02-29")

FIGS = [
    F("có 14 nhà máy đốt rác", "14", 14, "count", "nhà máy", subject="nhà máy đốt rác phát điện đang vận hành"),
    F("có 14 nhà máy đốt chất", "14", 14, "count", "nhà máy",
      subject="nhà máy đốt chất thải rắn sinh hoạt phát điện đang vận hành", period=ASOF23),
    F("khoảng 15.200 tấn/ngày", "15.200", 15200, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất xử lý", period=ASOF23),
    F("245 MW", "245", 245, "measure", "MW", subject="tổng công suất phát điện", period=ASOF23),
    F("còn 19 dự án", "19", 19, "count", "dự án", subject="dự án đang xây dựng hoặc chuẩn bị đầu tư",
      period=ASOF23),
    F("khoảng 67.877 tấn/ngày", "67.877", 67877, "measure", "tấn/ngày", approx="about",
      subject="khối lượng CTRSH phát sinh toàn quốc", period=Y23),
    F("khoảng 38.000 tấn/ngày", "38.000", 38000, "measure", "tấn/ngày", approx="about", total=67877,
      subject="khối lượng CTRSH phát sinh khu vực đô thị", period=Y23),
    F("gần 30.000 tấn/ngày", "30.000", 30000, "measure", "tấn/ngày", approx="nearly", total=67877,
      subject="khối lượng CTRSH phát sinh khu vực nông thôn", period=Y23),
    F("khoảng 0,69 kg", "0,69", 0.69, "measure", "kg/người/ngày", approx="about",
      subject="CTRSH bình quân mỗi người dân thải ra", period=I(Y23)),
    F("khoảng 64%", "64", 64, "percent", "%", approx="about", subject="tỷ lệ chôn lấp trực tiếp", period=I(Y23)),
    F("đạt 12%", "12", 12, "percent", "%", subject="tỷ lệ đốt phát điện", period=I(Y23)),
    F("công suất 4.000 tấn/ngày", "4.000", 4000, "measure", "tấn/ngày", location="Hà Nội",
      subject="công suất Nhà máy điện rác Sóc Sơn"),
    F("90 MW", "90", 90, "measure", "MW", location="Hà Nội", subject="công suất phát điện Nhà máy điện rác Sóc Sơn"),
    F("Cần Thơ 400 tấn/ngày", "400", 400, "measure", "tấn/ngày", location="Cần Thơ",
      subject="công suất Nhà máy đốt rác phát điện Cần Thơ"),
    F("7,5 MW", "7,5", 7.5, "measure", "MW", location="Cần Thơ",
      subject="công suất phát điện Nhà máy đốt rác phát điện Cần Thơ"),
    F("Bắc Ninh 500 tấn/ngày", "500", 500, "measure", "tấn/ngày", location="Bắc Ninh",
      subject="công suất Nhà máy điện rác Bắc Ninh"),
    F("10 MW", "10", 10, "measure", "MW", location="Bắc Ninh",
      subject="công suất phát điện Nhà máy điện rác Bắc Ninh"),
    F("khoảng 72%", "72", 72, "percent", "%", approx="about", location="Hà Nội",
      subject="tỷ lệ CTRSH xử lý bằng công nghệ đốt"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", location="Cần Thơ",
      subject="tỷ lệ CTRSH xử lý bằng công nghệ đốt"),
    F("với 68%", "68", 68, "percent", "%", location="Cần Thơ",
      subject="tỷ lệ CTRSH xử lý bằng công nghệ đốt"),
    F("có 2.143 doanh nghiệp", "2.143", 2143, "count", "doanh nghiệp", subject="doanh nghiệp kê khai EPR",
      period=ASOF),
    F("khoảng 2,1 triệu tấn", "2,1", 2_100_000, "measure", "tấn", approx="about",
      subject="tổng khối lượng sản phẩm, bao bì phải tái chế", period=ASOF),
    F("1.289 doanh nghiệp", "1.289", 1289, "count", "doanh nghiệp", percent=60.2,
      subject="doanh nghiệp lựa chọn tự tổ chức tái chế", period=ASOF),
    F("không quá 30%", "30", 30, "percent", "%", approx="at_most", status="target",
      subject="tỷ lệ CTRSH đô thị chôn lấp trực tiếp", period=P("đến năm 2025", None, "2025-12-31")),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
      subject="tỷ lệ CTRSH đô thị chôn lấp trực tiếp", period=P("đến năm 2030", None, "2030-12-31")),
    F("2025, 100% đô thị", "100", 100, "percent", "%", status="target",
      subject="đô thị loại II trở lên có cơ sở tái chế chất thải", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Bộ TN&MT site: nhà máy đốt rác phát điện cả nước (tính đến hết năm 2023), CTRSH phát sinh 2023, nhà máy lớn, EPR, mục tiêu 2025/2030.",
    "'Ngày đăng: 05/03/2024' gives published; 'Lượt xem: 2.031', the address ('số 10 Tôn Thất Thuyết'), phone, 'năm đầu tiên', 'đô thị",
    "loại II' are not figures. 'ngoài ra còn 19 dự án' is exact ('ngoài ra' = besides, not 'ngoài' = over). National figures: Việt Nam.",
    "Plants named with their province (Sóc Sơn (Hà Nội), Cần Thơ, Bắc Ninh) take that province as location; 'Các nhà máy … gồm' has no",
    "numeric whole, so no totals there. Urban/rural after 'trong đó' take the national whole 67.877. 'chiếm 60,2%' is the percent of 1.289",
    "(no total: no part-of cue). 'dẫn đầu' is no number; 'xếp thứ 2' is a rank. 'tính đến hết năm 2023' is an as-of period.",
]

if __name__ == "__main__":
    emit("p716-4", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Việt Nam")
